package io.revitalization.partnerships.domain;

/** A member's part in a partnership. */
public enum MemberRole {
    LEAD, PARTNER
}
