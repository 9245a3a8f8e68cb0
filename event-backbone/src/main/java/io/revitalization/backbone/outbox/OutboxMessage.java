package io.revitalization.backbone.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An event waiting in the outbox, written in the transaction of the change it announces. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
    /** Also the CloudEvents {@code id}, so consumers can recognise a redelivery. */
    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public long seq;

    @Column(nullable = false)
    public String topic;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    public String subject;

    @Column(nullable = false)
    public String payload;

    /** The write (request, or transaction outside one) the event belongs to; the consistency token names it. */
    @Column(name = "write_id")
    public UUID writeId;

    /** W3C trace context of the writing transaction's span; null outside a trace. */
    public String traceparent;

    public String tracestate;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
