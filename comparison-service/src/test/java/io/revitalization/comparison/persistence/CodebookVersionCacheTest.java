package io.revitalization.comparison.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A codebook version, immutable, is read from the database once and then kept in Hibernate's second-level cache,
 * however many codings are written, events applied and comparisons read around it: each of these runs native
 * statements, and one that does not name what it changes makes Hibernate empty the whole cache, after which the next
 * lookup reads the version from the database again (a miss of the cache, counted by Hibernate's statistics).
 */
@QuarkusTest
class CodebookVersionCacheTest {

    @Inject
    EntityManagerFactory entities;

    @Test
    void aCodebookVersionStaysCachedThroughCodingsEventsAndReads() {
        String codebook = Fixtures.codebook();
        String country = Fixtures.unique("K");
        TestCase first = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        Fixtures.coding(codebook, first, 2021, "value", "c1", "x");
        CodebookVersion.Key version = new CodebookVersion.Key(
                UUID.fromString(given().get("/api/v1/codebooks/" + codebook).then().statusCode(200)
                        .extract().path("id")), 1);
        assertThat(entities.getCache().contains(CodebookVersion.class, version)).isTrue();
        long missesBefore = misses();

        TestCase second = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        Fixtures.coding(codebook, second, 2021, "value", "c1", "y");
        given().queryParams(Map.of("codebook", codebook, "dimension", "value", "groups", country,
                        "from", "2021", "to", "2021", "minCases", "1"))
                .get("/api/v1/comparisons/distributions")
                .then().statusCode(200);
        Fixtures.coding(codebook, second, 2021, "policy", "c1", "z");

        assertThat(misses()).as("codebook versions read from the database again").isEqualTo(missesBefore);
    }

    private long misses() {
        return entities.unwrap(SessionFactory.class).getStatistics()
                .getEntityStatistics(CodebookVersion.class.getName()).getCacheMissCount();
    }
}
