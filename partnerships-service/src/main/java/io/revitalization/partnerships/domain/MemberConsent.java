package io.revitalization.partnerships.domain;

/**
 * Whether a member institution agreed to be named. A partner university that names another institution makes it
 * {@code PENDING} until one of that institution's keys confirms; a pending member is shown as such but is not (yet)
 * a member for posting, leading, the network or comparisons.
 */
public enum MemberConsent {
    CONFIRMED, PENDING
}
