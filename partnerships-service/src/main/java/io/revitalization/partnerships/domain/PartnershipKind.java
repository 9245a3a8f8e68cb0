package io.revitalization.partnerships.domain;

/** What a partnership does together. */
public enum PartnershipKind {
    JOINT_COMPETITION, JOINT_COURSE, PROGRAM_EXPORT, THEMATIC_ALLIANCE, JOINT_POLICY_RESEARCH, TRI_SECTOR_PROJECT;

    /** The kinds the source places in the proposed third phase of Taiwan–Japan cooperation. */
    public boolean isThirdPhaseWork() {
        return this == JOINT_POLICY_RESEARCH || this == TRI_SECTOR_PROJECT;
    }
}
