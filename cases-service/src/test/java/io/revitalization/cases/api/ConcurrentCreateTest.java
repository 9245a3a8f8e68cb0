package io.revitalization.cases.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.cases.testing.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Creates racing for one slug: one wins, the others are told it is taken (409), none fails with a 500. */
@QuarkusTest
class ConcurrentCreateTest {
    private static final int RACERS = 6;

    @Test
    void racingCreatesOfOneSlugGiveOneCaseAndConflicts() throws Exception {
        UUID lead = Api.university("JP");
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            for (int round = 0; round < 5; round++) {
                Map<String, Object> body = caseWith(lead, Map.of("slug", unique("race")));
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Integer>> racers = java.util.stream.IntStream.range(0, RACERS)
                        .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                            awaitQuietly(start);
                            return Api.curator().body(body).post("/api/v1/cases").statusCode();
                        }, pool)).toList();
                start.countDown();
                List<Integer> statuses = racers.stream().map(CompletableFuture::join).toList();
                assertThat(statuses).as("round " + round).containsOnly(201, 409);
                assertThat(statuses.stream().filter(status -> status == 201)).as("round " + round).hasSize(1);
                Api.anonymous().get("/api/v1/cases/" + body.get("slug")).then().statusCode(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
