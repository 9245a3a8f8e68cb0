package io.revitalization.partnerships.domain;

import io.revitalization.events.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The content of an update as one revision had it; revision 1 is the update as first posted. */
@Entity
@Table(name = "partnership_update_revision")
@IdClass(UpdateRevision.Key.class)
public class UpdateRevision {
    @Id
    @Column(name = "update_id")
    public UUID updateId;

    @Id
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UpdateKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_phase")
    public Phase requestedPhase;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate date;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FlowDirection direction;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Participants> participants;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> links;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static UpdateRevision of(PartnershipUpdate update, String recordedBy, OffsetDateTime recordedAt) {
        UpdateRevision revision = new UpdateRevision();
        revision.updateId = update.id;
        revision.revision = update.revision;
        revision.kind = update.kind;
        revision.requestedPhase = update.requestedPhase;
        revision.date = update.date;
        revision.text = update.text;
        revision.direction = update.direction;
        revision.participants = List.copyOf(update.participants);
        revision.links = List.copyOf(update.links);
        revision.recordedBy = recordedBy;
        revision.recordedAt = recordedAt;
        return revision;
    }

    /** The composite primary key (update, revision). */
    public static class Key implements Serializable {
        public UUID updateId;
        public int revision;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(updateId, key.updateId) && revision == key.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(updateId, revision);
        }
    }
}
