package io.revitalization.partnerships.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

/**
 * A member institution of a partnership; its country is copied from the institution directory, its consent says
 * whether the institution confirmed that it is a member.
 */
@Embeddable
public class Member {
    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberConsent consent;

    public Member() {
    }

    public Member(UUID institutionId, String country, MemberRole role, MemberConsent consent) {
        this.institutionId = institutionId;
        this.country = country;
        this.role = role;
        this.consent = consent;
    }

    public boolean isConfirmed() {
        return consent == MemberConsent.CONFIRMED;
    }
}
