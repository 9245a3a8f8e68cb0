package io.revitalization.comparison.scale;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.app.readmodel.CaseUpdate;
import io.revitalization.comparison.app.readmodel.Projections;
import io.revitalization.comparison.domain.GroupMembership;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.persistence.CaseGroupRepository;
import io.revitalization.comparison.persistence.PlannerStatistics;
import io.revitalization.comparison.testing.Sql;
import io.revitalization.values.LocalizedText;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection keeps the plan of a foreign-key check until the table the check reads is analyzed. Made while the
 * table was tiny, the plan reads the whole table for every row checked: during a bulk import of cases that was every
 * {@code case_group} row and every coding, each over a larger {@code case_projection} (63–289 pages read per row at
 * 10,000 cases). Both tests run in a transaction that is rolled back, so no other test sees their rows; the second
 * empties the cases (and their groups and codings) in it, to start from a fresh database's few cases.
 */
@QuarkusTest
class ForeignKeyCheckPlanTest {
    @Inject
    EntityManager entityManager;

    @Inject
    PlannerStatistics statistics;

    @Inject
    Projections projections;

    @Inject
    CaseGroupRepository groups;

    @Test
    void aCheckPlannedOnATinyTableReadsByItsKeyOnceTheDoubledTableIsAnalyzed() {
        QuarkusTransaction.begin();
        try {
            Session session = entityManager.unwrap(Session.class);
            session.doWork(connection -> {
                Sql.execute(connection, "CREATE TABLE planner_parent (id uuid PRIMARY KEY, pad text)");
                Sql.execute(connection, "CREATE TABLE planner_child (parent uuid REFERENCES planner_parent)");
                Sql.execute(connection, "INSERT INTO planner_parent SELECT gen_random_uuid(), repeat('x', 200) "
                        + "FROM generate_series(1, 11)");
                Sql.execute(connection, "ANALYZE planner_parent");
                // more than five checks: the connection then keeps the plan made for a one-page table
                Sql.execute(connection, "INSERT INTO planner_child SELECT id FROM planner_parent");
                Sql.execute(connection, "INSERT INTO planner_parent SELECT gen_random_uuid(), repeat('x', 200) "
                        + "FROM generate_series(1, 3000)");
            });

            String parent = session.doReturningWork(connection -> Sql.text(connection,
                    "SELECT id::text FROM planner_parent LIMIT 1"));
            long scansBefore = session.doReturningWork(ForeignKeyCheckPlanTest::parentScans);
            session.doWork(connection -> addChild(connection, parent));
            assertThat(session.doReturningWork(ForeignKeyCheckPlanTest::parentScans))
                    .as("the kept plan reads the whole grown table: what the refresh is for")
                    .isEqualTo(scansBefore + 1);

            assertThat(statistics.refreshIfDoubled("planner_parent")).isTrue();
            scansBefore = session.doReturningWork(ForeignKeyCheckPlanTest::parentScans);
            session.doWork(connection -> addChild(connection, parent));
            assertThat(session.doReturningWork(ForeignKeyCheckPlanTest::parentScans))
                    .as("checked along the primary key").isEqualTo(scansBefore);
            assertThat(statistics.refreshIfDoubled("planner_parent")).as("not doubled again").isFalse();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void aCaseGroupIsCheckedAlongTheKeyOnceTheProjectedCasesDoubled() {
        QuarkusTransaction.begin();
        try {
            Session session = entityManager.unwrap(Session.class);
            // a fresh database's few cases, rolled back with the rest
            session.doWork(connection -> {
                Sql.execute(connection, "TRUNCATE case_projection CASCADE");
                Sql.execute(connection, "ANALYZE case_projection");
            });
            projections.applyCases(newCases(0, 11));
            int round = 1;
            while (session.doReturningWork(ForeignKeyCheckPlanTest::casePages) <= 4 * 8 && round < 20) {
                projections.applyCases(newCases(round++, 200));
            }

            CaseUpdate newCase = newCases(round, 1).get(0);
            projections.applyCases(List.of(newCase));
            // counted around the membership alone: the lookup of known cases before it may read a table this small
            // whole, as PostgreSQL rightly chooses at a few dozen pages
            long scansBefore = session.doReturningWork(ForeignKeyCheckPlanTest::caseScans);
            groups.add(newCase.id(), List.of(GroupMembership.always(new GroupRef(Grouping.PROGRAM, "planner"))));
            assertThat(session.doReturningWork(ForeignKeyCheckPlanTest::caseScans))
                    .as("the new case's membership checked along case_projection's key, not by reading it whole")
                    .isEqualTo(scansBefore);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static List<CaseUpdate> newCases(int round, int count) {
        return IntStream.range(0, count).mapToObj(index -> {
            UUID id = UUID.randomUUID();
            return new CaseUpdate(id, "planner-" + round + "-" + index + "-" + id, 1, "JP", null, List.of(),
                    List.of(), LocalizedText.of(null, null, "planner statistics case " + index), false, false,
                    List.of());
        }).toList();
    }

    private static void addChild(Connection connection, String parent) throws SQLException {
        Sql.execute(connection, "INSERT INTO planner_child VALUES ('" + parent + "')");
    }

    /** Whole-table reads of planner_parent so far in this transaction. */
    private static long parentScans(Connection connection) throws SQLException {
        return Sql.number(connection,
                "SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = 'planner_parent'");
    }

    /** Whole-table reads of case_projection so far in this transaction. */
    private static long caseScans(Connection connection) throws SQLException {
        return Sql.number(connection,
                "SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = 'case_projection'");
    }

    private static long casePages(Connection connection) throws SQLException {
        return Sql.number(connection,
                "SELECT pg_relation_size('case_projection') / current_setting('block_size')::int");
    }
}
