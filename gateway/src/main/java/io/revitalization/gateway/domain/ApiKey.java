package io.revitalization.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An issued API key: who holds it, what it may do, and whether it still works. Only its hash is kept. */
@Entity
@Table(name = "api_key")
public class ApiKey {
    @Id
    public UUID id;

    @Column(name = "key_hash", nullable = false, updatable = false)
    public String keyHash;

    @Column(nullable = false)
    public String label;

    /** {@code partner}, {@code curator} or {@code admin}: the JWT {@code groups} claim. */
    @Column(nullable = false)
    public String role;

    @Column(name = "institution_id")
    public UUID institutionId;

    /** This key's own rate; {@code null} means the configured default. */
    @Column(name = "requests_per_second")
    public Integer requestsPerSecond;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The id of the admin key that issued it, or {@code bootstrap}. */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(OffsetDateTime now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    public boolean isActiveAt(OffsetDateTime now) {
        return !isRevoked() && !isExpiredAt(now);
    }
}
