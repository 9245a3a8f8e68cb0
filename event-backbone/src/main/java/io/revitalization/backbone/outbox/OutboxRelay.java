package io.revitalization.backbone.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.revitalization.backbone.config.BackboneConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Moves committed outbox rows to Kafka and marks them published. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances of a service share the work without sending a row twice
 * at the same time; a crash between send and commit re-sends the batch, which consumers recognise by event id.
 * All drains of one instance run on one thread, woken after every commit that appended a row and by a timer.
 */
@ApplicationScoped
public class OutboxRelay {
    public static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CLAIM_BATCH = """
            SELECT * FROM outbox_message WHERE published_at IS NULL ORDER BY seq
            LIMIT :limit FOR UPDATE SKIP LOCKED""";

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final BackboneConfig config;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainRequested = new AtomicBoolean();

    public OutboxRelay(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                       MutinyEmitter<String> emitter, EntityManager entityManager, BackboneConfig config) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.config = config;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        requestDrain();
    }

    @Scheduled(every = "${backbone.outbox.poll-interval:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        requestDrain();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteOldPublishedRows() {
        OffsetDateTime before = OffsetDateTime.now().minus(config.outbox().retention());
        QuarkusTransaction.requiringNew().run(() ->
                OutboxMessage.delete("publishedAt is not null and publishedAt < ?1", before));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdown();
    }

    /** Coalesces wake-ups: at most one drain is queued behind the running one. */
    public void requestDrain() {
        if (drainRequested.compareAndSet(false, true) && !worker.isShutdown()) {
            worker.execute(() -> {
                drainRequested.set(false);
                drainAll();
            });
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

    /** Publishes one batch in one transaction; returns how many rows it published. */
    int publishBatch() {
        int timeoutSeconds = (int) config.outbox().sendTimeout().plusSeconds(30).toSeconds();
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxMessage> batch = entityManager.createNativeQuery(CLAIM_BATCH, OutboxMessage.class)
                    .setParameter("limit", config.outbox().batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            List<Uni<Void>> acks = batch.stream().map(row -> emitter.sendMessage(toMessage(row))).toList();
            Uni.join().all(acks).andFailFast().await().atMost(config.outbox().sendTimeout());
            OffsetDateTime now = OffsetDateTime.now();
            batch.forEach(row -> row.publishedAt = now);
            LOG.debugf("outbox relay published %d events", batch.size());
            return batch.size();
        });
    }

    private static Message<String> toMessage(OutboxMessage row) {
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(row.id.toString())
                .withType(row.type)
                .withSource(URI.create(row.source))
                .withSubject(row.subject)
                .withTimestamp(row.occurredAt.toZonedDateTime())
                .withDataContentType("application/json")
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.aggregateId)
                .build();
        return Message.of(row.payload, Metadata.of(cloudEvent, kafka));
    }
}
