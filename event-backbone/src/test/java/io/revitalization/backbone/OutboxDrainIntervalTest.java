package io.revitalization.backbone;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With a minimum interval between drains, single commits made soon after a drain are published together by the
 * next one: one batch, marked published by one statement.
 */
@QuarkusTest
@TestProfile(OutboxDrainIntervalTest.SpacedDrains.class)
class OutboxDrainIntervalTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    public static class SpacedDrains implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("backbone.outbox.min-drain-interval", "3s");
        }
    }

    private final InstitutionPublisher publisher;
    private final EntityManager entityManager;

    OutboxDrainIntervalTest(InstitutionPublisher publisher, EntityManager entityManager) {
        this.publisher = publisher;
        this.entityManager = entityManager;
    }

    @Test
    void commitsBetweenTwoDrainsArePublishedAsOneBatch() {
        UUID marker = publisher.publish(List.of("drain-marker-" + UUID.randomUUID())).get(0);
        // a drain has just published the marker: the next may start no sooner than 3 s after it began
        await().atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(() -> published(List.of(marker)) == 1);

        List<UUID> single = IntStream.range(0, 5)
                .mapToObj(i -> publisher.publish(List.of("spaced-" + i + "-" + UUID.randomUUID())).get(0))
                .toList();

        await().atMost(WAIT).until(() -> published(single) == single.size());
        assertThat(publishedAtTimes(single)).as("the five commits' rows, published by one drain").hasSize(1);
    }

    private long published(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_message where published_at is not null and id in (" + quoted(ids) + ")")
                .getSingleResult()).longValue());
    }

    private List<?> publishedAtTimes(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select distinct published_at from outbox_message where id in (" + quoted(ids) + ")").getResultList());
    }

    private static String quoted(List<UUID> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }
}
