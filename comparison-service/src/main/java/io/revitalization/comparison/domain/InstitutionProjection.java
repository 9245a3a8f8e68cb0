package io.revitalization.comparison.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** What comparisons need of an institution (its slug and name label the institution grouping). */
@Entity
@Table(name = "institution_projection")
public class InstitutionProjection {
    @Id
    public UUID id;
    public String slug;
    public long version;
    public String country;
    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText name;
    public boolean deleted;
}
