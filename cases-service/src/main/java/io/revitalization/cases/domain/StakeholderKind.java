package io.revitalization.cases.domain;

/** The sides of a case's university × enterprise × community triangle, and the other parties around it. */
public enum StakeholderKind {
    UNIVERSITY,
    ENTERPRISE,
    COMMUNITY,
    LOCAL_GOVERNMENT,
    GOVERNMENT_AGENCY,
    SCHOOL,
    NPO,
    OTHER
}
