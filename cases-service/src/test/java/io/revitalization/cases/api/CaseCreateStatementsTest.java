package io.revitalization.cases.api;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.cases.testing.Api;
import io.revitalization.cases.testing.PreparedStatements;
import io.revitalization.cases.testing.PreparedStatements.Prepared;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The statements one create sends: the institutions it names are read once by id and once by slug, its programs
 * once (the answer's names come from what was read), the writer's slug is checked by the unique key rather than by
 * a query, and each table is written once.
 */
@QuarkusTest
class CaseCreateStatementsTest {
    private static final Pattern TABLE = Pattern.compile("(?:from|into) \\(?(?:select )?(\\w+)");

    @Inject
    @PersistenceUnitExtension
    PreparedStatements statements;

    @Test
    void aCreateReadsWhatItNamesOnceAndWritesItsRows() {
        UUID lead = Api.university("TW");
        UUID localGovernment = Api.institution("LOCAL_GOVERNMENT", "TW");
        String localGovernmentSlug = Api.anonymous().get("/api/v1/institutions/" + localGovernment).path("slug");
        String program = unique("PROGRAM").toUpperCase();
        Api.admin().body(Map.of("code", program, "country", "TW", "name", Map.of("en", "Program " + program)))
                .post("/api/v1/programs").then().statusCode(201);
        Map<String, Object> body = caseWith(lead, Map.of("slug", unique("statements"),
                "institutions", List.of(Map.of("institution", lead.toString(), "role", "LEAD_UNIVERSITY"),
                        Map.of("institution", localGovernmentSlug, "role", "LOCAL_GOVERNMENT")),
                "programs", List.of(Map.of("program", program))));

        List<Prepared> prepared = statements.during(() -> Api.curator()
                .header("Idempotency-Key", unique("key")).body(body).post("/api/v1/cases").then().statusCode(201)
                .body("institutions.institution.slug", contains(notNullValue(), equalTo(localGovernmentSlug)))
                .body("programs[0].name.en", equalTo("Program " + program)));

        long requestThread = prepared.stream().filter(p -> p.sql().startsWith("insert into case_record"))
                .findFirst().orElseThrow().thread();
        List<String> sql = prepared.stream().filter(p -> p.thread() == requestThread).map(Prepared::sql).toList();
        assertThat(sql.stream().map(CaseCreateStatementsTest::table)).as(String.join("\n", sql))
                .containsExactlyInAnyOrder("pg_advisory_xact_lock", "idempotency_record",
                        "institution", "institution", "program",
                        "case_record", "case_revision", "outbox_message", "idempotency_record");
    }

    /** The table a statement reads or writes (or the function it calls). */
    private static String table(String sql) {
        Matcher table = TABLE.matcher(sql);
        return table.find() ? table.group(1) : sql;
    }
}
