package io.revitalization.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of a case as it was written: the whole content, who wrote it, when, and which fields changed. */
@Entity
@Table(name = "case_revision")
public class CaseRevision {
    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RevisionChange change;

    @Column(nullable = false, columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    // CaseContent is immutable: Hibernate need not copy it through JSON to notice changes (a new content is assigned)
    @Mutability(Immutability.class)
    public CaseContent content;

    @Column(name = "changed_fields", nullable = false)
    public String[] changedFields;

    /** The API key's id, shown to admins only. */
    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

    /** The API key's label when it wrote this revision (null for revisions older than labels in tokens). */
    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_institution_id")
    public UUID authorInstitutionId;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Embeddable
    public record Key(@Column(name = "case_id") UUID caseId, @Column(name = "version") long version)
            implements Serializable {
    }
}
