package io.revitalization.partnerships.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
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

    @Embedded
    public UpdateContent content;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static UpdateRevision of(PartnershipUpdate update, String recordedBy, OffsetDateTime recordedAt) {
        UpdateRevision revision = new UpdateRevision();
        revision.updateId = update.id;
        revision.revision = update.revision;
        revision.content = update.content.copy();
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
