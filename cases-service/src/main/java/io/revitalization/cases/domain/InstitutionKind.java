package io.revitalization.cases.domain;

/** What kind of body an institution of the directory is. */
public enum InstitutionKind {
    UNIVERSITY,
    LOCAL_GOVERNMENT,
    GOVERNMENT_AGENCY,
    COMPANY,
    SCHOOL,
    COMMUNITY_ORGANIZATION,
    NPO,
    OTHER;

    /** The side of the university × enterprise × community triangle an institution of this kind stands on. */
    public StakeholderKind stakeholderKind() {
        return switch (this) {
            case UNIVERSITY -> StakeholderKind.UNIVERSITY;
            case LOCAL_GOVERNMENT -> StakeholderKind.LOCAL_GOVERNMENT;
            case GOVERNMENT_AGENCY -> StakeholderKind.GOVERNMENT_AGENCY;
            case COMPANY -> StakeholderKind.ENTERPRISE;
            case SCHOOL -> StakeholderKind.SCHOOL;
            case COMMUNITY_ORGANIZATION -> StakeholderKind.COMMUNITY;
            case NPO -> StakeholderKind.NPO;
            case OTHER -> StakeholderKind.OTHER;
        };
    }
}
