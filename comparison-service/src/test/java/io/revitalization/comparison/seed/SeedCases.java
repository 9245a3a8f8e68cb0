package io.revitalization.comparison.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.events.EventTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The seed's cases made known to the service through case events, as cases-service publishes them. */
public final class SeedCases {
    static final Set<String> JAPANESE = Set.of("kochi-ubc", "kochi-planner-certification",
            "shinshu-100-year-company", "ryukoku-footpath-higashiomi");

    private SeedCases() {
    }

    static List<Map<String, Object>> codings() {
        try (InputStream in = SeedCases.class.getClassLoader().getResourceAsStream("seed/codings.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes the seed cases (same ids on every call) and waits until every seed coding is recorded. */
    public static Map<String, UUID> known() {
        List<Map<String, Object>> seed = codings();
        Map<String, UUID> ids = new TreeMap<>();
        seed.forEach(entry -> ids.computeIfAbsent((String) entry.get("case"), slug ->
                UUID.nameUUIDFromBytes(("test-seed-case:" + slug).getBytes(StandardCharsets.UTF_8))));
        ids.forEach((slug, id) -> {
            Map<String, Object> state = new HashMap<>(Fixtures.caseState(countryOf(slug), List.of(), UUID.randomUUID())
                    .state());
            state.put("id", id.toString());
            state.put("slug", slug);
            Fixtures.publish(EventTypes.CASE_CREATED, id, state);
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(given().queryParams(Map.of("codebook", "taiwan-japan-revitalization", "limit", "200"))
                        .get("/api/v1/codings").then().statusCode(200).extract().jsonPath().getList("items"))
                        .hasSize(seed.size()));
        return ids;
    }

    static String countryOf(String slug) {
        return JAPANESE.contains(slug) ? "JP" : "TW";
    }
}
