package io.revitalization.cases.persistence;

import io.revitalization.cases.domain.CaseFilter;
import io.revitalization.cases.domain.SensitiveScope;
import io.revitalization.support.refs.Reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The WHERE clause of case queries, built from a filter with every value bound as a parameter. */
final class CaseConditions {
    private final List<String> clauses = new ArrayList<>(List.of("c.deleted_at IS NULL"));
    private final Map<String, Object> params = new HashMap<>();

    static CaseConditions of(CaseFilter filter, SensitiveScope scope) {
        CaseConditions conditions = new CaseConditions();
        filter.country().ifPresent(value -> conditions.add("c.country = :country", "country", value));
        filter.institution().ifPresent(value -> conditions.add(
                "c.institution_ids @> ARRAY[CAST(:institution AS uuid)]", "institution", value.toString()));
        filter.program().ifPresent(value -> conditions.add(
                // the program or any of its phases and parts, however deep
                "c.program_codes && ARRAY(WITH RECURSIVE family(code) AS (SELECT CAST(:program AS text) UNION "
                        + "SELECT p.code FROM program p JOIN family f ON p.parent_code = f.code) SELECT code FROM family)",
                "program", value));
        filter.sdg().ifPresent(value -> conditions.add("c.sdgs @> ARRAY[CAST(:sdg AS integer)]", "sdg", value));
        filter.theme().ifPresent(value -> conditions.add("c.themes @> ARRAY[CAST(:theme AS text)]", "theme", value));
        filter.stakeholderKind().ifPresent(value -> conditions.add(
                "c.stakeholder_kinds @> ARRAY[CAST(:stakeholderKind AS text)]", "stakeholderKind", value.name()));
        filter.yearFrom().ifPresent(value -> conditions.add(
                "c.start_year IS NOT NULL AND (c.end_year IS NULL OR c.end_year >= :yearFrom)", "yearFrom", value));
        filter.yearTo().ifPresent(value -> conditions.add("c.start_year <= :yearTo", "yearTo", value));
        filter.region().ifPresent(value -> conditions.add("strpos(c.search_region, :region) > 0", "region", value));
        filter.refs().map(Reference::split).ifPresent(refs -> {
            conditions.add("(c.id = ANY (CAST(:refIds AS uuid[])) OR c.slug = ANY (CAST(:refSlugs AS text[])))",
                    "refIds", refs.ids().stream().map(UUID::toString).toArray(String[]::new));
            conditions.param("refSlugs", refs.slugs().toArray(String[]::new));
        });
        if (!scope.all()) {
            scope.ownInstitution().ifPresentOrElse(
                    own -> conditions.add("(NOT c.sensitive OR c.lead_institution_id = CAST(:own AS uuid))", "own",
                            own.toString()),
                    () -> conditions.clauses.add("NOT c.sensitive"));
        }
        return conditions;
    }

    void add(String clause, String param, Object value) {
        clauses.add(clause);
        params.put(param, value);
    }

    void param(String param, Object value) {
        params.put(param, value);
    }

    String sql() {
        return String.join(" AND ", clauses);
    }

    Map<String, Object> params() {
        return params;
    }
}
