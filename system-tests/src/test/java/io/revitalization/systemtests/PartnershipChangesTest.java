package io.revitalization.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.revitalization.systemtests.support.SuiteExtension;
import io.revitalization.testsupport.http.ChangeStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Partnerships' change stream through the gateway, which follows the service's one stream and fans it out: a
 * partnership update posted through the gateway reaches every client of the gateway's stream as the same
 * {@code change} event, with a higher data version and the reads it changed, and the network read it names answers
 * anew to its old ETag.
 */
class PartnershipChangesTest {
    private static final String PARTNERSHIP = "nkust-kochi-joint-competition";
    private static final String NETWORK = "/api/v1/partnerships/network";
    private static final List<String> UPDATE_READS = List.of("network", "phase-suggestion", "reciprocity", "updates");

    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void anUpdatePostedThroughTheGatewayReachesEveryClientOfItsChangeStream() throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway().get("/api/v1/partnerships/" + PARTNERSHIP).statusCode() == 200);
        // the seed may still be on its way: wait until the network stands still
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(new Steady()::atRest);
        String network = gateway().get(NETWORK).then().statusCode(200).extract().header("ETag");
        gateway().header("If-None-Match", network).get(NETWORK).then().statusCode(304);
        String partner = partnerKey("kochi-university");

        try (ChangeStream first = openThroughTheGateway(); ChangeStream second = openThroughTheGateway()) {
            long ready = first.await("ready", data -> true).get("dataVersion").asLong();
            second.await("ready", data -> true);

            gateway().header("X-API-Key", partner).body(Map.of("kind", "ACTIVITY", "date", "2025-06-01",
                            "direction", "MUTUAL", "text", Map.of("en", "followed through the gateway's stream")))
                    .post("/api/v1/partnerships/" + PARTNERSHIP + "/updates").then().statusCode(201);

            // an update of a public partnership names the reads it changes, and only those
            JsonNode change = first.await("change", data -> data.get("dataVersion").asLong() > ready
                    && texts(data.get("reads")).equals(UPDATE_READS));
            JsonNode same = second.await("change", data -> data.get("dataVersion").equals(change.get("dataVersion")));
            assertThat(same).isEqualTo(change);
        }
        gateway().header("If-None-Match", network).get(NETWORK).then().statusCode(200);
    }

    /** The gateway serves the stream once it follows the service's (503 before): retried until then. */
    private static ChangeStream openThroughTheGateway() {
        AtomicReference<ChangeStream> opened = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            ChangeStream stream = ChangeStream.open(URI.create(SUITE.gatewayUrl() + "/api/v1/partnerships/changes")
                    .toURL());
            if (stream.contentType().filter(type -> type.startsWith("text/event-stream")).isPresent()) {
                opened.set(stream);
                return true;
            }
            stream.close();
            return false;
        });
        return opened.get();
    }

    /** True once the network has not changed since the previous look. */
    private static final class Steady {
        private String previous;

        boolean atRest() {
            String current = gateway().get(NETWORK).then().statusCode(200).extract().header("ETag");
            boolean same = current.equals(previous);
            previous = current;
            return same;
        }
    }

    private static String partnerKey(String institution) {
        return gateway().header("X-API-Key", SUITE.adminKey())
                .body(Map.of("label", "partner " + institution, "role", "partner", "institution", institution))
                .post("/api/v1/admin/keys").then().statusCode(201).extract().path("key");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static RequestSpecification gateway() {
        return given().baseUri(SUITE.gatewayUrl()).contentType(ContentType.JSON);
    }
}
