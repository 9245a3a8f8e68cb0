package io.revitalization.partnerships.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.partnerships.testing.Api;
import io.revitalization.partnerships.testing.Bodies;
import io.revitalization.partnerships.testing.TestInstitutions;
import io.revitalization.partnerships.testing.TestInstitutions.Known;
import io.revitalization.testsupport.TestTokens;
import io.revitalization.events.EventTypes;
import io.revitalization.events.InstitutionV1;
import io.revitalization.testsupport.http.ChangeStream;
import io.revitalization.values.LocalizedText;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.PARTNERSHIPS;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ChangeStreamTest {
    private static final List<String> EVERY_READ = List.of("network", "partnerships", "phase-history",
            "phase-suggestion", "reciprocity", "updates");

    @TestHTTPResource("/api/v1/partnerships/changes")
    URL changes;

    private final TestInstitutions institutions;
    private final DataSource dataSource;

    ChangeStreamTest(TestInstitutions institutions, DataSource dataSource) {
        this.institutions = institutions;
        this.dataSource = dataSource;
    }

    @Test
    void anUpdateIsAnnouncedWithANewVersionAndTheReadsItChanges() throws Exception {
        Known tw = institutions.university("tw", "TW");
        Known jp = institutions.university("jp", "JP");
        String slug = Bodies.slug("stream");
        Api.create(Bodies.partnership(slug, tw, jp), TestTokens.curator());
        String network = given().get(PARTNERSHIPS + "/network").then().statusCode(200).extract().header("ETag");
        try (ChangeStream stream = ChangeStream.open(changes)) {
            assertThat(stream.contentType()).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            long ready = stream.await("ready", data -> true).get("dataVersion").asLong();

            Api.post(slug, Bodies.update("ACTIVITY", "2025-05-01", "MUTUAL"), TestTokens.partner(tw.id()));

            JsonNode change = stream.await("change", data -> data.get("dataVersion").asLong() > ready);
            assertThat(texts(change.get("reads"))).containsExactly("network", "phase-suggestion", "reciprocity",
                    "updates");
        }
        // the announced read answers anew: its old ETag no longer matches
        given().header("If-None-Match", network).get(PARTNERSHIPS + "/network").then().statusCode(200);
    }

    @Test
    void aPrivatePartnershipsChangeNamesNothingOfItAndListsEveryRead() throws Exception {
        Known tw = institutions.university("tw", "TW");
        Known jp = institutions.university("jp", "JP");
        String slug = Bodies.slug("private-stream");
        Map<String, Object> body = Bodies.partnership(slug, tw, jp);
        body.put("public", false);
        String anonymousNetwork = given().get(PARTNERSHIPS + "/network").then().extract().header("ETag");
        try (ChangeStream stream = ChangeStream.open(changes)) {
            long ready = stream.await("ready", data -> true).get("dataVersion").asLong();

            String id = Api.create(body, TestTokens.curator());
            Api.post(slug, Bodies.update("ACTIVITY", "2025-05-01", "MUTUAL"), TestTokens.partner(tw.id()));

            JsonNode created = stream.await("change", data -> data.get("dataVersion").asLong() == ready + 1);
            JsonNode posted = stream.await("change", data -> data.get("dataVersion").asLong() == ready + 2);
            for (JsonNode change : List.of(created, posted)) {
                assertThat(texts(change.get("reads"))).isEqualTo(EVERY_READ);
                assertThat(change.toString()).doesNotContain(slug, id, tw.id().toString(), jp.id().toString(),
                        tw.slug(), jp.slug());
            }
        }
        // what an anonymous reader sees did not change: the read it re-reads answers 304
        given().header("If-None-Match", anonymousNetwork).get(PARTNERSHIPS + "/network").then().statusCode(304);
    }

    /**
     * Instances share the database, so a change another instance commits shows here only as a newer data version;
     * an open stream must still announce it. The other instance's commit is played by bumping the version directly.
     */
    @Test
    void aChangeCommittedByAnotherInstanceIsAnnouncedWithEveryRead() throws Exception {
        try (ChangeStream stream = ChangeStream.open(changes)) {
            long ready = stream.await("ready", data -> true).get("dataVersion").asLong();

            long elsewhere = bumpElsewhere();

            JsonNode change = stream.await("change", data -> data.get("dataVersion").asLong() == elsewhere);
            assertThat(elsewhere).isGreaterThan(ready);
            assertThat(texts(change.get("reads"))).isEqualTo(EVERY_READ);
        }
    }

    /** The reads show the institutions' names: a renamed member institution (cases-service's event) is a change. */
    @Test
    void aMemberInstitutionRenamedInCasesIsAnnounced() throws Exception {
        Known tw = institutions.university("tw", "TW");
        Known jp = institutions.university("jp", "JP");
        String slug = Bodies.slug("renamed-member");
        Api.create(Bodies.partnership(slug, tw, jp), TestTokens.curator());
        String list = given().queryParam("institution", jp.slug()).get(PARTNERSHIPS).then().statusCode(200)
                .extract().header("ETag");
        try (ChangeStream stream = ChangeStream.open(changes)) {
            long ready = stream.await("ready", data -> true).get("dataVersion").asLong();

            String renamed = UUID.randomUUID().toString();
            institutions.publish(EventTypes.INSTITUTION_UPDATED, new InstitutionV1(jp.id(), jp.slug(), 2,
                    "UNIVERSITY", LocalizedText.of(null, null, "Renamed University"), "JP", null, false,
                    OffsetDateTime.now()), renamed);

            JsonNode change = stream.await("change", data -> data.get("dataVersion").asLong() > ready);
            assertThat(texts(change.get("reads"))).isEqualTo(EVERY_READ);
        }
        given().queryParam("institution", jp.slug()).header("If-None-Match", list).get(PARTNERSHIPS).then()
                .statusCode(200);
    }

    private long bumpElsewhere() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet version = connection.createStatement().executeQuery("UPDATE data_version "
                     + "SET version = version + 1, changed_at = now() WHERE id = 1 RETURNING version")) {
            version.next();
            return version.getLong(1);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
