package io.revitalization.backbone.deadletter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** An event a consumer refused for good, as it arrived, with the reason and what an operator did with it. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public long seq;

    @Column(nullable = false, updatable = false)
    public String consumer;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "kafka_partition", nullable = false, updatable = false)
    public int partition;

    @Column(name = "kafka_offset", nullable = false, updatable = false)
    public long offset;

    @Column(name = "record_key", updatable = false)
    public String key;

    @Column(name = "event_id", updatable = false)
    public String eventId;

    @Column(name = "event_type", updatable = false)
    public String eventType;

    /** The {@code ce_time} header as sent (it may be what made the event unreadable). */
    @Column(name = "event_time", updatable = false)
    public String eventTime;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Map<String, String> headers;

    @Column(updatable = false)
    public String payload;

    /** Why the consumer refused it; the latest refusal when a replay failed too. */
    @Column(nullable = false)
    public String reason;

    @Column(name = "dead_lettered_at", insertable = false, updatable = false)
    public OffsetDateTime deadLetteredAt;

    @Column(nullable = false)
    public String state;

    /** Replays tried, successful or not. */
    @Column(nullable = false)
    public int replays;

    @Column(name = "settled_at")
    public OffsetDateTime settledAt;

    /** Who replayed or discarded it (the API key's label, else its id). */
    @Column(name = "settled_by")
    public String settledBy;

    @Column(name = "discard_reason")
    public String discardReason;

    public DeadLetterState currentState() {
        return DeadLetterState.fromValue(state).orElseThrow();
    }
}
