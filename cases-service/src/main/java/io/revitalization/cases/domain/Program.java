package io.revitalization.cases.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.revitalization.cases.domain.calendar.TypedYear;
import io.revitalization.cases.domain.calendar.YearKind;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A policy program of the registry (MEXT COC, COC+, MOE USR phase 2…), named by a stable code. */
@Entity
@Table(name = "program")
public class Program {
    @Id
    public String code;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false, columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText name;

    @Column(nullable = false)
    public String country;

    @Column(name = "sponsor_institution_id")
    public UUID sponsorInstitutionId;

    @Column(name = "start_year")
    public Integer startYear;

    @Column(name = "end_year")
    public Integer endYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_year_kind")
    public YearKind startYearKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_year_kind")
    public YearKind endYearKind;

    /** The program this one is a phase or part of (USR phase 2 under MOE-USR). */
    @Column(name = "parent_code")
    public String parentCode;

    /** The program that took over when this one ended (COC+ → COC+R). */
    @Column(name = "successor_code")
    public String successorCode;

    @Column(nullable = false, columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ProgramCategory> categories;

    @Column(nullable = false, columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> provenance;

    @Column(nullable = false, columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CaseContent.Evidence> evidence;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public TypedYear start() {
        return startYear == null ? null : new TypedYear(startYear, startYearKind);
    }

    public TypedYear end() {
        return endYear == null ? null : new TypedYear(endYear, endYearKind);
    }

    public boolean covers(int year) {
        return (startYear == null || year >= startYear) && (endYear == null || year <= endYear);
    }
}
