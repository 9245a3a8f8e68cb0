package io.revitalization.partnerships.domain;

/** Who took part in an activity. */
public enum ParticipantKind {
    STUDENTS, FACULTY, COMMUNITY_MEMBERS
}
