package io.revitalization.partnerships.domain;

/**
 * Whether the members of a partnership are known. An {@code UNNAMED} partnership is attested by the source
 * without naming its institutions (the thematic learning communities): it has no members, so no university can
 * post to it until a curator names them.
 */
public enum Membership {
    NAMED, UNNAMED
}
