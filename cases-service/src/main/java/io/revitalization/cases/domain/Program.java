package io.revitalization.cases.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
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

    @Column(nullable = false, columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CaseContent.Evidence> evidence;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean covers(int year) {
        return (startYear == null || year >= startYear) && (endYear == null || year <= endYear);
    }
}
