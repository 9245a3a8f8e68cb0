package io.revitalization.cases.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A university, local government, company, school, community organization or NPO of the directory. */
@Entity
@Table(name = "institution")
public class Institution extends SoftDeletedRecord {
    @Id
    public UUID id;

    /** Never changes once created; what a reference names when it is not an id. */
    @NaturalId
    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstitutionKind kind;

    @Column(nullable = false, columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText name;

    @Column(nullable = false)
    public String country;

    @Column(columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText region;

    @Column(nullable = false, columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CaseContent.Evidence> evidence;

    /** Field path → what the source gives for it, what was added and why. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> provenance;

    @Column(name = "search_name", nullable = false)
    public String searchName;
}
