package io.revitalization.partnerships.testing;

import io.revitalization.events.EventJson;
import io.revitalization.events.EventType;
import io.revitalization.events.EventTypes;
import io.revitalization.events.InstitutionV1;
import io.revitalization.events.Topics;
import io.revitalization.partnerships.domain.Institution;
import io.revitalization.partnerships.persistence.InstitutionRepository;
import io.revitalization.testsupport.KafkaTestClient;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Institutions as cases-service announces them: raw CloudEvents records on {@code revit.institutions.v1}, read by
 * the service's own consumer.
 */
@ApplicationScoped
public class TestInstitutions {
    static final Duration WAIT = Duration.ofSeconds(30);

    private final KafkaTestClient kafka;
    private final InstitutionRepository institutions;
    private final EntityManager entityManager;

    public TestInstitutions(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                            InstitutionRepository institutions, EntityManager entityManager) {
        this.kafka = new KafkaTestClient(bootstrapServers);
        this.institutions = institutions;
        this.entityManager = entityManager;
    }

    /** A new university with a unique slug starting with {@code prefix}, known to the service when this returns. */
    public Known university(String prefix, String country) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return known(slug, country, LocalizedText.of(slug + " 大學", slug + " 大学", slug + " University"));
    }

    public Known known(String slug, String country, LocalizedText name) {
        InstitutionV1 institution = new InstitutionV1(UUID.randomUUID(), slug, 1, "UNIVERSITY", name, country, null,
                false, OffsetDateTime.now());
        publish(EventTypes.INSTITUTION_CREATED, institution, UUID.randomUUID().toString());
        await().atMost(WAIT).until(() -> find(institution.id()).isPresent());
        return new Known(institution.id(), slug, country);
    }

    public void publish(EventType<InstitutionV1> type, InstitutionV1 institution, String eventId) {
        publishRaw(institution.id().toString(), EventJson.write(institution), Map.of(
                "ce_id", eventId,
                "ce_type", type.name(),
                "ce_source", "/cases-service",
                "ce_specversion", "1.0",
                "ce_time", OffsetDateTime.now().toString(),
                "content-type", "application/json"));
    }

    public void publishRaw(String key, String value, Map<String, String> headers) {
        kafka.produce(Topics.INSTITUTIONS, key, value, headers);
    }

    /** Waits until the service's consumer has taken the event (applied or, as a duplicate or stale, skipped). */
    public void awaitProcessed(String eventId) {
        await().atMost(WAIT).until(() -> processed(eventId));
    }

    @Transactional
    boolean processed(String eventId) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = :id")
                .setParameter("id", eventId).getSingleResult()).intValue() > 0;
    }

    @Transactional
    public Optional<Institution> find(UUID id) {
        return institutions.findByIdOptional(id);
    }

    public record Known(UUID id, String slug, String country) {
    }
}
