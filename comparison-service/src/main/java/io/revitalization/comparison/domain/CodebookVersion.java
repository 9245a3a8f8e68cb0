package io.revitalization.comparison.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One immutable version of a codebook: its title and dimensions as data. */
@Entity
@Table(name = "codebook_version")
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
