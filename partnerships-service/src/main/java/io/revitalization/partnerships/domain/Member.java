package io.revitalization.partnerships.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

/** A member institution of a partnership; its country is copied from the institution directory. */
@Embeddable
public class Member {
    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    public Member() {
    }

    public Member(UUID institutionId, String country, MemberRole role) {
        this.institutionId = institutionId;
        this.country = country;
        this.role = role;
    }
}
