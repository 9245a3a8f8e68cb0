package io.revitalization.partnerships.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An update a member university posted to a partnership. Its content is the latest revision; every revision is
 * kept in {@link UpdateRevision}, and a withdrawal only marks it.
 */
@Entity
@Table(name = "partnership_update")
public class PartnershipUpdate {
    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(name = "author_institution_id", nullable = false)
    public UUID authorInstitutionId;

    /** The API key (token subject) that posted it. */
    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

    @Version
    public long version;

    @Column(nullable = false)
    public int revision;

    @Embedded
    public UpdateContent content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UpdateStatus status;

    @Column(name = "posted_at", nullable = false)
    public OffsetDateTime postedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "withdrawal_reason")
    public LocalizedText withdrawalReason;
}
