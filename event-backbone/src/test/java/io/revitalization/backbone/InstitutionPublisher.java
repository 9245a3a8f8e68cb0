package io.revitalization.backbone;

import io.revitalization.backbone.outbox.Outbox;
import io.revitalization.events.EventTypes;
import io.revitalization.events.InstitutionV1;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The producer of the test app: publishes institution events through the outbox. */
@ApplicationScoped
public class InstitutionPublisher {
    private final Outbox outbox;

    public InstitutionPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public List<UUID> publish(List<String> slugs) {
        List<UUID> eventIds = new ArrayList<>();
        for (String slug : slugs) {
            eventIds.add(outbox.publish(EventTypes.INSTITUTION_CREATED, UUID.randomUUID(), slug, institution(slug)));
        }
        return eventIds;
    }

    /** Publishes, then fails before commit: the transaction rolls back with its outbox row. */
    @Transactional
    public UUID publishThenFail(String slug) {
        UUID eventId = outbox.publish(EventTypes.INSTITUTION_CREATED, UUID.randomUUID(), slug, institution(slug));
        throw new AbortedChange(eventId);
    }

    static InstitutionV1 institution(String slug) {
        return new InstitutionV1(UUID.randomUUID(), slug, 1, "UNIVERSITY", LocalizedText.of("測試大學", "テスト大学",
                "Test University"), "TW", null, false, OffsetDateTime.now());
    }

    static final class AbortedChange extends RuntimeException {
        final UUID eventId;

        AbortedChange(UUID eventId) {
            super("aborted on purpose");
            this.eventId = eventId;
        }
    }
}
