package io.revitalization.comparison.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One immutable version of a codebook: its title and dimensions as data. Every coding written and every comparison
 * read looks its version up; the version is kept in Hibernate's second-level cache once read, so that its dimensions
 * (about 27 KB of JSON for the seed's codebook) are not fetched from the database each time, and as an immutable entity
 * Hibernate keeps no copy of them to check for changes at each flush.
 */
@Entity
@Table(name = "codebook_version")
@Immutable
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
@IdClass(CodebookVersion.Key.class)
public class CodebookVersion {
    @Id
    @Column(name = "codebook_id")
    public UUID codebookId;
    @Id
    public int version;
    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText title;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CodebookDimension> dimensions;
    /** The API key's id, shown to admins only. */
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_by_name")
    public String createdByName;
    @Column(name = "created_by_institution")
    public UUID createdByInstitution;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The composite id: codebook and version number. */
    public static class Key implements Serializable {
        public UUID codebookId;
        public int version;

        public Key() {
        }

        public Key(UUID codebookId, int version) {
            this.codebookId = codebookId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(codebookId, key.codebookId) && version == key.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(codebookId, version);
        }
    }

    public Optional<CodebookDimension> dimension(String dimensionId) {
        return dimensions.stream().filter(dimension -> dimension.id().equals(dimensionId)).findFirst();
    }
}
