package io.revitalization.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.util.UUID;

/** A university, local government, company, school, community organization or NPO of the directory. */
@Entity
@Table(name = "institution")
public class Institution extends SoftDeletedRecord {
    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstitutionKind kind;

    /** {@link io.revitalization.values.LocalizedText} as JSON. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String name;

    @Column(nullable = false)
    public String country;

    /** {@link io.revitalization.values.LocalizedText} as JSON, or null. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String region;

    /** A JSON array of {@link CaseContent.Evidence}. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String evidence;

    @Column(name = "search_name", nullable = false)
    public String searchName;
}
