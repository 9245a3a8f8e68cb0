package io.revitalization.comparison.domain;

import io.revitalization.comparison.domain.analysis.CoderSelection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One coder's coding of one case in one year on one dimension, under one codebook version. */
@Entity
@Table(name = "coding")
public class CaseCoding {
    @Id
    public UUID id;
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "codebook_id")
    public UUID codebookId;
    @Column(name = "codebook_version")
    public int codebookVersion;
    @Column(name = "case_id")
    public UUID caseId;
    public int year;
    public String dimension;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> codes;
    public String coder;
    public Double confidence;
    @Column(name = "evidence_source")
    public String evidenceSource;
    @Column(name = "evidence_locator")
    public String evidenceLocator;
    @Column(name = "evidence_quote")
    public String evidenceQuote;
    @Column(name = "evidence_url")
    public String evidenceUrl;
    public String note;
    /** The API key's id, shown to admins only. */
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_by_name")
    public String createdByName;
    @Column(name = "created_by_institution")
    public UUID createdByInstitution;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    /** The codings of the unit an adjudicated coding settles (its author and time are who and when); else null. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> settles;

    /** Whether this coding adjudicates the unit rather than being an independent coder's. */
    public boolean isAdjudication() {
        return CoderSelection.ADJUDICATOR.equals(coder);
    }

    /** The coding as the statistics see it. */
    public io.revitalization.comparison.domain.analysis.Coding toAnalysis() {
        return new io.revitalization.comparison.domain.analysis.Coding(caseId.toString(), year, coder, codes, evidenceQuote,
                confidence);
    }
}
