package io.revitalization.partnerships.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An institution as cases-service last announced it (a projection of {@code revit.institutions.v1}). Deleted
 * institutions stay, marked, because partnerships and updates keep referring to them.
 */
@Entity
@Table(name = "institution")
public class Institution {
    @Id
    public UUID id;

    public String slug;

    /** The version cases-service gave it; older events than this are ignored. */
    @Column(nullable = false)
    public long version;

    public String kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText name;

    public String country;

    public boolean deleted;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
