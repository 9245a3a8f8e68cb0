package io.revitalization.cases.api;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.revitalization.cases.testing.Api;
import io.revitalization.cases.testing.PreparedStatements;
import io.revitalization.cases.testing.PreparedStatements.Prepared;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
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
    void aCreateReadsWhatItNamesOnceAndWritesEachTableOnce() {
        UUID lead = Api.university("TW");
        String localGovernment = slugOf(Api.institution("LOCAL_GOVERNMENT", "TW"));
        String program = unique("PROGRAM").toUpperCase();
        Api.admin().body(Map.of("code", program, "country", "TW", "name", Map.of("en", "Program " + program)))
                .post("/api/v1/programs").then().statusCode(201);
        Map<String, Object> body = caseWith(lead, Map.of("slug", unique("statements"),
                "institutions", List.of(Map.of("institution", lead.toString(), "role", "LEAD_UNIVERSITY"),
                        Map.of("institution", localGovernment, "role", "LOCAL_GOVERNMENT")),
                "programs", List.of(Map.of("program", program))));

        List<String> tables = tablesOfCreate(Api.curator().header("Idempotency-Key", unique("key")).body(body),
                response -> response
                        .body("institutions.institution.slug", contains(notNullValue(), equalTo(localGovernment)))
                        .body("programs[0].name.en", equalTo("Program " + program)));

        assertThat(tables).containsExactlyInAnyOrder("pg_advisory_xact_lock", "idempotency_record",
                "institution", "institution", "program", "case_record", "case_revision", "outbox_message",
                "idempotency_record");
    }

    @Test
    void institutionsNamedBySlugAreReadInOneStatement() {
        String lead = slugOf(Api.university("JP"));
        String localGovernment = slugOf(Api.institution("LOCAL_GOVERNMENT", "JP"));
        Map<String, Object> body = Map.of("slug", unique("by-slug"), "title", Map.of("en", "By slug"),
                "country", "JP", "leadInstitution", lead,
                "institutions", List.of(Map.of("institution", lead, "role", "LEAD_UNIVERSITY"),
                        Map.of("institution", localGovernment, "role", "LOCAL_GOVERNMENT")));

        List<String> tables = tablesOfCreate(Api.curator().body(body),
                response -> response.body("institutions.institution.slug", contains(lead, localGovernment)));

        assertThat(tables).containsExactlyInAnyOrder("institution", "case_record", "case_revision", "outbox_message");
    }

    private static String slugOf(UUID institution) {
        return Api.anonymous().get("/api/v1/institutions/" + institution).path("slug");
    }

    /** The tables the statements of one create touch, one entry per statement. */
    private List<String> tablesOfCreate(RequestSpecification request, Consumer<ValidatableResponse> answer) {
        List<Prepared> prepared = statements.during(() ->
                answer.accept(request.post("/api/v1/cases").then().statusCode(201)));
        long requestThread = prepared.stream().filter(p -> p.sql().startsWith("insert into case_record"))
                .findFirst().orElseThrow().thread();
        List<String> sql = prepared.stream().filter(p -> p.thread() == requestThread).map(Prepared::sql).toList();
        return sql.stream().map(CaseCreateStatementsTest::table).toList();
    }

    /** The table a statement reads or writes (or the function it calls). */
    private static String table(String sql) {
        Matcher table = TABLE.matcher(sql);
        return table.find() ? table.group(1) : sql;
    }
}
