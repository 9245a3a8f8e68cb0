package io.revitalization.comparison.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

/** What comparisons need of a case, as its latest event said (cases-service owns the case). */
@Entity
@Table(name = "case_projection")
public class CaseProjection {
    @Id
    public UUID id;
    public String slug;
    public long version;
    public String country;
    @Column(name = "lead_institution_id")
    public UUID leadInstitutionId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "institution_ids")
    public List<UUID> institutionIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> programs;
    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText title;
    public boolean deleted;
    /** A sensitive case's text is for the readers {@link CaseTextScope} allows. */
    public boolean sensitive;
    /** The passages the case's sensitive testimonies cite; codings citing them are withheld like a sensitive case's. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sensitive_passages")
    public List<Passage> sensitivePassages = List.of();
}
