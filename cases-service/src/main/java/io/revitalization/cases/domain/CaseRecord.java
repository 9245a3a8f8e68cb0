package io.revitalization.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.util.UUID;

/**
 * A stored case: its {@link CaseContent} as JSON, and columns derived from it on every write so that lists can
 * filter (arrays with GIN indexes) and search can match ({@code search_*}: text folded by TextFolding).
 */
@Entity
@Table(name = "case_record")
public class CaseRecord extends SoftDeletedRecord {
    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false, columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    // CaseContent is immutable: Hibernate need not copy it through JSON to notice changes (a new content is assigned)
    @Mutability(Immutability.class)
    public CaseContent content;

    @Column(nullable = false)
    public String country;

    @Column(name = "lead_institution_id", nullable = false)
    public UUID leadInstitutionId;

    @Column(name = "institution_ids", nullable = false)
    public UUID[] institutionIds;

    @Column(name = "program_codes", nullable = false)
    public String[] programCodes;

    @Column(name = "stakeholder_kinds", nullable = false)
    public String[] stakeholderKinds;

    @Column(nullable = false)
    public Integer[] sdgs;

    @Column(nullable = false)
    public String[] themes;

    @Column(name = "start_year")
    public Integer startYear;

    @Column(name = "end_year")
    public Integer endYear;

    @Column(nullable = false)
    public boolean sensitive;

    @Column(name = "search_title", nullable = false)
    public String searchTitle;

    @Column(name = "search_summary", nullable = false)
    public String searchSummary;

    @Column(name = "search_other", nullable = false)
    public String searchOther;

    @Column(name = "search_region", nullable = false)
    public String searchRegion;

    /** The readings of the Japanese title and summary in hiragana (JapaneseReadings); null until computed. */
    @Column(name = "search_reading")
    public String searchReading;
}
