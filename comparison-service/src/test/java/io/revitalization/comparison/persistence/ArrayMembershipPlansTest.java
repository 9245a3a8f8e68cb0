package io.revitalization.comparison.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.support.persistence.ArrayMembership;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lookup of many ids in one array parameter (service-support's {@code ArrayMembership}) reads the array once, even
 * in the plan PostgreSQL falls back to for a prepared statement on a table it takes for small: a generic plan that
 * scans the table. Written as {@code column = ANY (CAST(:ids AS uuid[]))}, that plan filters every row through the
 * array's conversion, which is what made a lookup of 500 cases' groups take 1.5 s instead of 2 ms.
 */
@QuarkusTest
class ArrayMembershipPlansTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager entityManager;

    ArrayMembershipPlansTest(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @ParameterizedTest(name = "{0}.{1} as {2}")
    @CsvSource({"case_group, case_id, uuid", "case_projection, id, uuid", "case_projection, slug, text"})
    void noRowIsComparedWithTheWholeArray(String table, String column, String type) {
        String sql = "SELECT * FROM " + table + " WHERE " + column + " " + ArrayMembership.in("$1", type);

        List<String> filters = filtersOfScanningPlan(sql);

        assertThat(filters).as("conditions checked row by row in the plan of %s", sql).noneMatch(f -> f.contains("$1"));
    }

    /**
     * The row-by-row conditions of the statement's generic plan (the one cached for a prepared statement), with
     * PostgreSQL told to scan tables rather than read their indexes, as it does when it takes a table for small.
     */
    private List<String> filtersOfScanningPlan(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.unwrap(Session.class)
                .doReturningWork(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SET LOCAL enable_indexscan = off");
                        statement.execute("SET LOCAL enable_indexonlyscan = off");
                        statement.execute("SET LOCAL enable_bitmapscan = off");
                        statement.execute("SET LOCAL plan_cache_mode = force_generic_plan");
                        statement.execute("PREPARE membership(text[]) AS " + sql);
                        try (ResultSet plan = statement.executeQuery("EXPLAIN (FORMAT JSON) EXECUTE membership(NULL)")) {
                            plan.next();
                            List<String> filters = new ArrayList<>();
                            collectFilters(JSON.readTree(plan.getString(1)).get(0).get("Plan"), filters);
                            return filters;
                        } catch (JsonProcessingException e) {
                            throw new IllegalStateException(e);
                        } finally {
                            statement.execute("DEALLOCATE membership");
                        }
                    }
                }));
    }

    private static void collectFilters(JsonNode node, List<String> filters) {
        node.path("Filter").asText("").lines().forEach(filters::add);
        node.path("Plans").forEach(child -> collectFilters(child, filters));
    }
}
