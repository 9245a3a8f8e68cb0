package io.revitalization.backbone.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.revitalization.backbone.config.BackboneConfig;
import io.revitalization.support.persistence.NativeStatements;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Moves committed outbox rows to Kafka and marks them published, in three steps: claim a batch (a short
 * transaction; {@code FOR UPDATE SKIP LOCKED} lets several instances of a service share the work without sending
 * a row at the same time), send it with no transaction open (Kafka's acknowledgements arrive on other threads),
 * then mark it published. A crash or failure between send and mark leaves the rows to be sent again once their
 * claim expires (or at once, when the relay itself saw the failure); consumers recognise a re-sent event by id.
 * All drains of one instance run on one thread; {@link OutboxTriggers} wakes it. Each event is sent in the trace
 * its row kept ({@link TraceContext}), so the consumer's span joins the trace of the request that caused it.
 */
@ApplicationScoped
public class OutboxRelay {
    public static final String CHANNEL = "outbox";
    /** CloudEvents extension naming the event's write: the Kafka header {@code ce_revitwrite}. */
    public static final String WRITE_EXTENSION = "revitwrite";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CLAIM_BATCH = """
            UPDATE outbox_message SET claimed_until = now() + make_interval(secs => :leaseSeconds)
            WHERE id IN (SELECT id FROM outbox_message
                         WHERE published_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
                         ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED)
            RETURNING *""";
    // one array parameter: one statement plan whatever the batch's size
    private static final String MARK_PUBLISHED = """
            UPDATE outbox_message SET published_at = now(), claimed_until = NULL WHERE id = ANY (CAST(:ids AS uuid[]))""";

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final BackboneConfig config;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    /** When the last drain began; read and written on the worker thread only. */
    private long lastDrainNanos = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

    public OutboxRelay(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                       MutinyEmitter<String> emitter, EntityManager entityManager, BackboneConfig config) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.config = config;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdown();
    }

    /**
     * Coalesces wake-ups: at most one drain is queued behind the running one, and it starts no sooner than the
     * minimum interval after the last one began, so that the wake-ups meanwhile join it.
     */
    public void requestDrain() {
        if (drainRequested.compareAndSet(false, true) && !worker.isShutdown()) {
            worker.execute(() -> {
                waitForDrainInterval();
                drainRequested.set(false);
                lastDrainNanos = System.nanoTime();
                drainAll();
            });
        }
    }

    private void waitForDrainInterval() {
        long due = lastDrainNanos + config.outbox().minDrainInterval().toNanos();
        for (long waitNanos = due - System.nanoTime(); waitNanos > 0; waitNanos = due - System.nanoTime()) {
            LockSupport.parkNanos(waitNanos);
        }
    }

    private void drainAll() {
        try {
            int published;
            do {
                published = publishBatch();
            } while (published == config.outbox().batchSize());
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay could not publish now, will retry: %s", e.getMessage());
        }
    }

    /** Publishes one batch; returns how many rows it published. */
    int publishBatch() {
        List<OutboxMessage> batch = claimBatch();
        if (batch.isEmpty()) {
            return 0;
        }
        List<UUID> ids = batch.stream().map(row -> row.id).toList();
        try {
            List<Uni<Void>> acks = batch.stream().map(row -> emitter.sendMessage(toMessage(row))).toList();
            Uni.join().all(acks).andFailFast().await().atMost(config.outbox().sendTimeout());
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() ->
                    OutboxMessage.update("claimedUntil = null where id in ?1", ids));
            throw e;
        }
        QuarkusTransaction.requiringNew().run(() -> NativeStatements.change(entityManager,
                entityManager.createNativeQuery(MARK_PUBLISHED)
                        .setParameter("ids", ids.stream().map(UUID::toString).toArray(String[]::new)),
                "outbox_message"));
        LOG.debugf("outbox relay published %d events", batch.size());
        return batch.size();
    }

    private List<OutboxMessage> claimBatch() {
        long leaseSeconds = config.outbox().sendTimeout().plusSeconds(15).toSeconds();
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxMessage> claimed = entityManager.createNativeQuery(CLAIM_BATCH, OutboxMessage.class)
                    .setParameter("leaseSeconds", leaseSeconds)
                    .setParameter("limit", config.outbox().batchSize())
                    .getResultList();
            entityManager.clear();
            return claimed.stream().sorted(Comparator.comparingLong(row -> row.seq)).toList();
        });
    }

    private static Message<String> toMessage(OutboxMessage row) {
        var cloudEvent =
                OutgoingCloudEventMetadata.<String>builder();
        if (row.writeId != null) {
            cloudEvent.withExtension(WRITE_EXTENSION, row.writeId.toString());
        }
        cloudEvent
                .withId(row.id.toString())
                .withType(row.type)
                .withSource(URI.create(row.source))
                .withSubject(row.subject)
                .withTimestamp(row.occurredAt.toZonedDateTime())
                .withDataContentType("application/json");
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.aggregateId)
                .build();
        // the Kafka connector's producer span (and the traceparent header it writes) continues the row's trace
        TracingMetadata trace = TracingMetadata.withCurrent(new TraceContext(row.traceparent, row.tracestate).toContext());
        return Message.of(row.payload, Metadata.of(cloudEvent.build(), kafka, trace));
    }
}
