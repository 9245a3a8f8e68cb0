package io.revitalization.partnerships.domain;

import io.revitalization.values.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One change of a partnership's declared phase: from, to, when, why, and the evidence. */
@Entity
@Table(name = "phase_change")
public class PhaseChange {
    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    /** 1, 2, 3… in the order the changes were recorded. */
    @Column(nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_phase")
    public Phase from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_phase", nullable = false)
    public Phase to;

    /** When the relationship changed; {@code null} when the source does not date it. */
    @Column(name = "changed_on")
    public LocalDate at;

    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Evidence> evidence = new ArrayList<>();

    /** The API key (token subject) that recorded it, or {@code seed}. */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
