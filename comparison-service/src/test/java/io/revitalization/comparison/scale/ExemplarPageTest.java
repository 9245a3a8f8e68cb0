package io.revitalization.comparison.scale;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import io.revitalization.comparison.testing.Sql;
import io.revitalization.comparison.testing.SyntheticCodings;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of exemplars in a large group reads about a page of codings, most confident first, not every coding of the
 * group, and in a small group about the group's codings, not every coding of the dimension. At 10,000 and 30,000
 * cases the planner, misled on how many cases a country holds (V95's statistics) and on how many codings fall in their
 * years in the group (UnitCodingRepository), joined all of a country's codings to the group and sorted them for each
 * page. In a small group it read every coding of the dimension while the join compared the membership's years: only
 * equalities let it start from the group's cases. The cases are written, and the statistics taken, in a transaction
 * that is rolled back, so no other test sees them.
 */
@QuarkusTest
class ExemplarPageTest {
    private static final int PAGE = 51;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    UnitCodingRepository codings;

    @ParameterizedTest(name = "{0} cases")
    @ValueSource(ints = {10_000, 30_000})
    void aPageOfExemplarsReadsAboutAPageOrTheGroupNotEveryCoding(int cases) {
        SyntheticCodings data = SyntheticCodings.create(dataSource);
        GroupRef japan = new GroupRef(Grouping.COUNTRY, data.country("JP"));
        List<Coding> page;
        long read;
        long inGroup;
        long estimatedMembers;
        long readInSmallGroup;
        long inSmallGroup;
        QuarkusTransaction.begin();
        try {
            Session session = entityManager.unwrap(Session.class);
            session.doWork(connection -> {
                data.insertCases(connection, 0, cases, List.of("value"));
                Sql.execute(connection, "ANALYZE case_projection, case_group, coding");
            });
            estimatedMembers = session.doReturningWork(connection -> estimatedRows(connection,
                    "SELECT 1 FROM case_group WHERE grouping = 'country' AND group_key = '" + japan.key() + "'"));
            long before = session.doReturningWork(ExemplarPageTest::codingRowsRead);
            page = codings.mostConfident(data.codebookId(), 1, "value", japan, "x", null, 2021, 2025,
                    CaseTextScope.ALL, 0, PAGE);
            read = session.doReturningWork(ExemplarPageTest::codingRowsRead) - before;
            inGroup = session.doReturningWork(connection -> codingsIn(connection, japan));

            GroupRef institution = new GroupRef(Grouping.INSTITUTION, session.doReturningWork(connection ->
                    Sql.text(connection, "SELECT lead_institution_id::text FROM case_projection WHERE slug = '"
                            + data.caseSlug(0) + "'")));
            before = session.doReturningWork(ExemplarPageTest::codingRowsRead);
            codings.mostConfident(data.codebookId(), 1, "value", institution, "x", null, 2021, 2025,
                    CaseTextScope.ALL, 0, PAGE);
            readInSmallGroup = session.doReturningWork(ExemplarPageTest::codingRowsRead) - before;
            inSmallGroup = session.doReturningWork(connection -> codingsIn(connection, institution));
        } finally {
            QuarkusTransaction.rollback();
        }

        assertThat(estimatedMembers).as("the planner's estimate of the country's %d cases", cases / 2)
                .isBetween(cases / 4L, cases * 1L);
        assertThat(page).hasSize(PAGE);
        assertThat(page).extracting(Coding::confidence).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(inGroup).isGreaterThanOrEqualTo(cases / 2);
        assertThat(read).as("codings read for a page of %d among %d in the group", PAGE, inGroup)
                .isLessThan(inGroup / 10);
        assertThat(inSmallGroup).isLessThan(inGroup / 10);
        assertThat(readInSmallGroup).as("codings read for a page in an institution of %d codings", inSmallGroup)
                .isLessThanOrEqualTo(2 * inSmallGroup);
    }

    /** Rows of {@code coding} read by every kind of scan in this transaction, as PostgreSQL counts them. */
    private static long codingRowsRead(Connection connection) throws SQLException {
        return Sql.number(connection, """
                SELECT pg_stat_get_xact_tuples_returned('coding'::regclass)
                       + pg_stat_get_xact_tuples_fetched('coding'::regclass)
                       + (SELECT coalesce(sum(pg_stat_get_xact_tuples_fetched(indexrelid)), 0)
                          FROM pg_index WHERE indrelid = 'coding'::regclass)""");
    }

    private static long estimatedRows(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("EXPLAIN (FORMAT JSON) " + sql)) {
            rows.next();
            Matcher planRows = Pattern.compile("\"Plan Rows\": (\\d+)").matcher(rows.getString(1));
            assertThat(planRows.find()).as("a plan with its rows").isTrue();
            return Long.parseLong(planRows.group(1));
        }
    }

    private static long codingsIn(Connection connection, GroupRef group) throws SQLException {
        return Sql.number(connection, "SELECT count(*) FROM coding c JOIN case_group g ON g.case_id = c.case_id WHERE "
                + "g.grouping = '" + group.grouping().key() + "' AND g.group_key = '" + group.key() + "' AND "
                + "c.dimension = 'value'");
    }
}
