package io.revitalization.cases.domain;

/** What a revision of a case did. */
public enum RevisionChange {
    CREATED, UPDATED, DELETED
}
