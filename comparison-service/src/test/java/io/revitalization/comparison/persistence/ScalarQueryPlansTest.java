package io.revitalization.comparison.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.backbone.inbox.ProcessedEvents;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.support.persistence.TimeOrderedIds;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native queries whose rows are one column (see service-support's {@code ScalarQueries}) are planned once, not
 * once per run: run many times, with other values each time, they leave Hibernate's query plan cache as it was (give
 * or take a plan of other work of the application meanwhile). Written with a result class, each run added a plan.
 */
@QuarkusTest
class ScalarQueryPlansTest {
    private static final int RUNS = 30;
    /** Plans the application's own work (its consumers, the relay) may add while the runs go on. */
    private static final int OTHER_WORK = 3;

    private final EntityManager entityManager;
    private final ProcessedEvents processedEvents;
    private final CaseProjectionRepository cases;
    private final CaseGroupRepository groups;

    ScalarQueryPlansTest(EntityManager entityManager, ProcessedEvents processedEvents, CaseProjectionRepository cases,
                         CaseGroupRepository groups) {
        this.entityManager = entityManager;
        this.processedEvents = processedEvents;
        this.cases = cases;
        this.groups = groups;
    }

    @Test
    void recordingProcessedEventsIsPlannedOnce() {
        assertPlannedOnce(run -> {
            String id = TimeOrderedIds.next().toString();
            assertThat(processedEvents.recordNew("scalar-plans-test", List.of(id), List.of("test.event")))
                    .containsExactly(id);
        });
    }

    @Test
    void lookingUpKnownCasesIsPlannedOnce() {
        assertPlannedOnce(run -> assertThat(cases.knownOf(List.of(UUID.nameUUIDFromBytes(new byte[]{(byte) run}))))
                .isEmpty());
    }

    @Test
    void readingAGroupsCasesAndKeysIsPlannedOnce() {
        assertPlannedOnce(run -> {
            assertThat(groups.casesOf(new GroupRef(Grouping.COUNTRY, "XX"), 2000 + run)).isEmpty();
            assertThat(groups.keysOf(Grouping.COUNTRY)).doesNotContain("XX");
        });
    }

    private void assertPlannedOnce(IntConsumer query) {
        QuarkusTransaction.requiringNew().run(() -> query.accept(0));
        int before = cachedPlans();
        for (int run = 1; run <= RUNS; run++) {
            int current = run;
            QuarkusTransaction.requiringNew().run(() -> query.accept(current));
        }
        assertThat(cachedPlans()).as("query plans cached after %d more runs", RUNS).isLessThanOrEqualTo(before + OTHER_WORK);
    }

    private int cachedPlans() {
        return entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache().getNumberOfCachedQueryPlans();
    }
}
