package io.revitalization.backbone;

import io.revitalization.backbone.inbox.EventHandlers;
import io.revitalization.backbone.inbox.EventInbox;
import io.revitalization.backbone.inbox.InboxConsumer;
import io.revitalization.backbone.inbox.PoisonEventException;
import io.revitalization.backbone.inbox.ReceivedEvent;
import io.revitalization.events.EventTypes;
import io.revitalization.events.InstitutionV1;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The consumer of the test app: records each institution event it applies; slug "poison" breaks its rules, and so
 * does a slug a test refuses (until it accepts it: the cause fixed). A test may hold the consumer at a slug.
 */
@ApplicationScoped
public class InstitutionRecorder implements InboxConsumer {
    static final String CONSUMER = "backbone-test";

    private final EventInbox inbox;
    private final EntityManager entityManager;
    private final EventHandlers handlers;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();

    public InstitutionRecorder(EventInbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.handlers = EventHandlers.builder()
                .on(EventTypes.INSTITUTION_CREATED, this::record)
                .build();
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    void refuse(String slug) {
        refused.add(slug);
    }

    void accept(String slug) {
        refused.remove(slug);
    }

    /** The consumer stops at the event of this slug until the latch is counted down (at most a minute). */
    CountDownLatch holdAt(String slug) {
        return holds.computeIfAbsent(slug, held -> new CountDownLatch(1));
    }

    @Incoming("institutions-in")
    @Blocking
    public void onInstitutionEvent(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, handlers);
    }

    private void record(ReceivedEvent<InstitutionV1> event) {
        String slug = event.payload().slug();
        if ("poison".equals(slug) || refused.contains(slug)) {
            throw new PoisonEventException("institution slug '" + slug + "' is refused by this consumer");
        }
        CountDownLatch hold = holds.get(slug);
        if (hold != null) {
            try {
                hold.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        entityManager.createNativeQuery("INSERT INTO received_institution (event_id, slug) VALUES (:id, :slug)")
                .setParameter("id", event.id())
                .setParameter("slug", event.payload().slug())
                .executeUpdate();
    }
}
