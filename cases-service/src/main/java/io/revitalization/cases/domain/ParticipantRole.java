package io.revitalization.cases.domain;

/** The role a directory institution plays in a case; exactly one institution, the lead, is LEAD_UNIVERSITY. */
public enum ParticipantRole {
    LEAD_UNIVERSITY,
    PARTNER_UNIVERSITY,
    LOCAL_GOVERNMENT,
    ENTERPRISE,
    SCHOOL,
    COMMUNITY,
    NPO,
    FUNDER,
    OTHER
}
