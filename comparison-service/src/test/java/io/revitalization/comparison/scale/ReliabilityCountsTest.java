package io.revitalization.comparison.scale;

import io.revitalization.comparison.testing.SyntheticCodings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.KrippendorffAlpha;
import io.revitalization.comparison.domain.analysis.PercentAgreement;
import io.revitalization.comparison.domain.analysis.Weighting;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import io.revitalization.comparison.persistence.UnitCodingRepository.DimensionCoding;
import io.revitalization.comparison.app.query.ComparisonScope;
import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.comparison.app.query.ReliabilityQuery;
import io.revitalization.comparison.app.query.ReliabilityRead;
import io.revitalization.comparison.app.query.ReliabilityView;
import io.revitalization.comparison.app.readmodel.Projections;
import io.revitalization.comparison.events.ProjectionEventMapping;
import io.revitalization.events.CaseV1;
import io.revitalization.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reliability read from the counts kept per dimension and year equals {@link KrippendorffAlpha} and
 * {@link PercentAgreement} computed from every coding of live cases, on synthetic cases filled as V53 fills the
 * counts and then changed through the service: a third coder (on units two coders coded, on units one coded and on
 * units no one else coded), deleted codings, a deleted case whose coding is then deleted, and a case deleted and
 * revived; for every dimension (one ordinal, one multi-valued) over a range of years and a single year.
 */
@QuarkusTest
class ReliabilityCountsTest {
    private static final String THIRD_CODER = "synthetic-c";
    private static final int[][] RANGES = {{2021, 2025}, {2023, 2023}};

    @Inject
    DataSource dataSource;

    @Inject
    UnitCodingRepository codings;

    @Inject
    ReliabilityRead reliability;

    @Inject
    Projections projections;

    @Test
    void theCountedReliabilityEqualsTheReliabilityOfTheCodings() throws SQLException {
        SyntheticCodings data = SyntheticCodings.create(dataSource);
        data.addCases(0, 600);
        assertSameAsCodings(data, null);

        for (int i = 0; i < 60; i += 3) {
            // case i is coded in 2021 + i % 5 and two years later; 2022 + i % 5 only by the third coder
            for (int year : List.of(2021 + i % 5, 2022 + i % 5)) {
                code(data, i, year, "value", List.of(List.of("x"), List.of("y"), List.of("z")).get(i % 3));
                code(data, i, year, "stage", List.of(List.of("p"), List.of("m"), List.of("s"), List.of("n")).get(i % 4));
                code(data, i, year, "method", i % 2 == 0 ? List.of("e", "f") : List.of("g"));
            }
        }
        String byCoder = "SELECT id FROM coding WHERE codebook_id = ? AND coder = ? ORDER BY seq LIMIT ?";
        ids(byCoder, data.codebookId(), SyntheticCodings.CODER, 15).forEach(ReliabilityCountsTest::deleteCoding);
        ids(byCoder, data.codebookId(), SyntheticCodings.SECOND_CODER, 10).forEach(ReliabilityCountsTest::deleteCoding);
        ids(byCoder, data.codebookId(), THIRD_CODER, 5).forEach(ReliabilityCountsTest::deleteCoding);
        setDeleted(data, 30, 2, true);
        setDeleted(data, 0, 2, true);
        setDeleted(data, 0, 3, false);
        ids("SELECT c.id FROM coding c JOIN case_projection p ON p.id = c.case_id WHERE p.slug = ? "
                + "ORDER BY c.seq LIMIT 1", data.caseSlug(30)).forEach(ReliabilityCountsTest::deleteCoding);

        ReliabilityView all = assertSameAsCodings(data, null);
        assertSameAsCodings(data, "stage");
        ReliabilityView.DimensionReliability stage = all.dimensions().stream()
                .filter(dimension -> dimension.dimension().id().equals("stage")).findFirst().orElseThrow();
        assertThat(stage.nominal().coders()).containsExactly(SyntheticCodings.CODER, SyntheticCodings.SECOND_CODER,
                THIRD_CODER);
        assertThat(stage.ordinal().alpha()).isNotNull();
    }

    /**
     * Coders who code one unit at the same moment each change the unit's counts from what the others left: without
     * the data version's lock taken before the unit is read, two of them would each count the unit as if the other's
     * coding did not exist.
     */
    @Test
    void codingsOfOneUnitPostedAtOnceAreAllCounted() throws Exception {
        SyntheticCodings data = SyntheticCodings.create(dataSource);
        data.addCases(0, 20);
        List<String> coders = List.of("racer-1", "racer-2", "racer-3", "racer-4", "racer-5", "racer-6");
        ExecutorService pool = Executors.newFixedThreadPool(coders.size());
        try {
            for (int i = 0; i < 20; i += 2) {
                int caseIndex = i;
                CyclicBarrier start = new CyclicBarrier(coders.size());
                List<Future<?>> posts = new ArrayList<>();
                for (String coder : coders) {
                    posts.add(pool.submit(() -> {
                        start.await();
                        code(data, caseIndex, 2023, "value", List.of(caseIndex % 4 == 0 ? "x" : "y"), coder);
                        return null;
                    }));
                }
                for (Future<?> post : posts) {
                    post.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertSameAsCodings(data, "value");
    }

    private ReliabilityView assertSameAsCodings(SyntheticCodings data, String dimension) {
        ReliabilityView last = null;
        for (int[] years : RANGES) {
            ComparisonScope scope = new ComparisonScope(data.codebookSlug(), null,
                    CoderSelection.majority(), new YearRange(years[0], years[1]), 5, List.of("en"),
                    CaseTextScope.ALL, Weighting.CASE);
            ReliabilityView read = QuarkusTransaction.requiringNew()
                    .call(() -> reliability.read(new ReliabilityQuery(scope, dimension), 0));
            Map<String, List<Coding>> byDimension = QuarkusTransaction.requiringNew()
                    .call(() -> codings.ofLiveCases(data.codebookId(), 1, dimension, years[0], years[1])).stream()
                    .collect(Collectors.groupingBy(DimensionCoding::dimension,
                            Collectors.mapping(DimensionCoding::coding, Collectors.toList())));
            assertThat(read.dimensions()).hasSize(dimension == null ? 4 : 1);
            for (ReliabilityView.DimensionReliability counted : read.dimensions()) {
                String id = counted.dimension().id();
                String what = id + " " + years[0] + "–" + years[1];
                List<Coding> expected = byDimension.getOrDefault(id, List.of());
                assertThat(counted.codings()).as(what + " codings").isEqualTo(expected.size());
                assertSame(counted.nominal(), KrippendorffAlpha.nominal(expected), what + " nominal");
                if (id.equals("stage")) {
                    assertSame(counted.ordinal(), KrippendorffAlpha.ordinal(expected,
                            CodeScale.ordinal("p", "m", "s", "n")),
                            what + " ordinal");
                } else {
                    assertThat(counted.ordinal()).as(what + " ordinal").isNull();
                }
                assertThat(counted.percentAgreement()).as(what + " percent agreement")
                        .isEqualTo(PercentAgreement.pairwise(expected));
            }
            last = read;
        }
        return last;
    }

    private static void assertSame(KrippendorffAlpha.Result counted, KrippendorffAlpha.Result expected, String what) {
        assertThat(counted.metric()).as(what).isEqualTo(expected.metric());
        assertThat(counted.pairableUnits()).as(what + " pairable units").isEqualTo(expected.pairableUnits());
        assertThat(counted.pairableValues()).as(what + " pairable values").isEqualTo(expected.pairableValues());
        assertThat(counted.coders()).as(what + " coders").isEqualTo(expected.coders());
        assertClose(counted.alpha(), expected.alpha(), what + " alpha");
        assertClose(counted.observedDisagreement(), expected.observedDisagreement(), what + " observed");
        assertClose(counted.expectedDisagreement(), expected.expectedDisagreement(), what + " expected");
    }

    private static void assertClose(Double counted, Double expected, String what) {
        if (expected == null) {
            assertThat(counted).as(what).isNull();
        } else {
            assertThat(counted).as(what).isCloseTo(expected, within(1e-9));
        }
    }

    private static void code(SyntheticCodings data, int i, int year, String dimension, List<String> codes) {
        code(data, i, year, dimension, codes, THIRD_CODER);
    }

    private static void code(SyntheticCodings data, int i, int year, String dimension, List<String> codes,
                             String coder) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("codebook", data.codebookSlug(), "codebookVersion", 1, "case", data.caseSlug(i),
                        "year", year, "dimension", dimension, "codes", codes, "coder", coder))
                .post("/api/v1/codings")
                .then().statusCode(201);
    }

    private static void deleteCoding(UUID id) {
        given().auth().oauth2(TestTokens.curator()).delete("/api/v1/codings/" + id).then().statusCode(204);
    }

    /** Deletes or revives synthetic case {@code i} as its {@code version}th event would. */
    private void setDeleted(SyntheticCodings data, int i, long version, boolean deleted) throws SQLException {
        UUID id = ids("SELECT id FROM case_projection WHERE slug = ?", data.caseSlug(i)).get(0);
        projections.applyCases(List.of(ProjectionEventMapping.caseUpdate(new CaseV1(id, data.caseSlug(i), version, null,
                null, data.country("JP"), null, null, null, null, null, null, null, null, null, null, null, false, deleted,
                OffsetDateTime.now(), null, null), deleted)));
    }

    private List<UUID> ids(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<UUID> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
                return ids;
            }
        }
    }
}
