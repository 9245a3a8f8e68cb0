package io.revitalization.partnerships.persistence;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.List;

/** A JPQL {@code where} clause built from the filters a request sets; values always travel as parameters. */
final class Conditions {
    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    Conditions add(String clause) {
        clauses.add(clause);
        return this;
    }

    Conditions add(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    Conditions addAll(Conditions other) {
        clauses.addAll(other.clauses);
        other.parameters.map().forEach(parameters::and);
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    Parameters parameters() {
        return parameters;
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.map().forEach(query::setParameter);
        return query;
    }
}
