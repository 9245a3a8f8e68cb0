package io.revitalization.cases.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A source evidence cites (the seed text, a ministry report, a web page), under a stable id that evidence names in
 * its {@code source} field. What the source does not say of itself (title, authors, year) stays {@code null}.
 */
@Entity
@Table(name = "source")
public class Source {
    @Id
    public String id;

    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceKind kind;

    @Column(columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText title;

    /** Names as written (a person or an organization). */
    @Column(nullable = false, columnDefinition = "jsonb")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> authors;

    public String publisher;

    /** The year it was published. */
    public Integer issued;

    public String url;

    /** BCP 47 tag of the language it is written in. */
    public String language;

    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
