package io.revitalization.backbone.consistency;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Names the write each outbox row belongs to: the HTTP request's write when there is one, otherwise the
 * transaction. When a request's transaction commits, its events count towards the request's token.
 */
@ApplicationScoped
public class WriteTracker {
    private static final Object PENDING = WriteTracker.class;

    private final TransactionSynchronizationRegistry transactions;
    private final RequestWrite requestWrite;

    public WriteTracker(TransactionSynchronizationRegistry transactions, RequestWrite requestWrite) {
        this.transactions = transactions;
        this.requestWrite = requestWrite;
    }

    /** The write an event on this topic, published in the current transaction, belongs to. */
    public UUID published(String topic) {
        Pending pending = (Pending) transactions.getResource(PENDING);
        if (pending == null) {
            boolean inRequest = Arc.container().requestContext().isActive();
            pending = new Pending(inRequest ? requestWrite.id() : UUID.randomUUID());
            transactions.putResource(PENDING, pending);
            if (inRequest) {
                Pending committing = pending;
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            requestWrite.committed(committing.events);
                        }
                    }
                });
            }
        }
        pending.events.merge(topic, 1, Integer::sum);
        return pending.write;
    }

    private record Pending(UUID write, Map<String, Integer> events) {
        Pending(UUID write) {
            this(write, new HashMap<>());
        }
    }
}
