package io.revitalization.backbone.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.revitalization.backbone.config.BackboneConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When the relay runs: after every commit that appended a row, on a timer (rows left by a crash or another
 * instance), and once at start. Nothing reaches the relay before the application has started, because its Kafka
 * emitter is only connected once the messaging layer is (a seed loaded at startup commits earlier than that).
 */
@ApplicationScoped
public class OutboxTriggers {
    private final OutboxRelay relay;
    private final BackboneConfig config;
    private final AtomicBoolean started = new AtomicBoolean();

    public OutboxTriggers(OutboxRelay relay, BackboneConfig config) {
        this.relay = relay;
        this.config = config;
    }

    void onStart(@Observes StartupEvent startup) {
        started.set(true);
        relay.requestDrain();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wake();
    }

    @Scheduled(every = "${backbone.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteOldPublishedRows() {
        OffsetDateTime before = OffsetDateTime.now().minus(config.outbox().retention());
        QuarkusTransaction.requiringNew().run(() ->
                OutboxMessage.delete("publishedAt is not null and publishedAt < ?1", before));
    }

    private void wake() {
        if (started.get()) {
            relay.requestDrain();
        }
    }
}
