package io.revitalization.support.query;

import io.revitalization.support.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.revitalization.support.query.QueryValuesTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;

class QueryParametersTest {
    private static final Set<String> ALLOWED = Set.of("dimension", "groups", "year", "confidence", "seed", "open");

    private static QueryParameters of(Map<String, List<String>> values) {
        return QueryParameters.strict(values, ALLOWED);
    }

    @Test
    void anUnknownOrRepeatedParameterIsRefusedByName() {
        assertThat(refusal(() -> of(Map.of("dimensoin", List.of("x")))))
                .isEqualTo(new FieldError("dimensoin",
                        "unknown parameter; this read takes [confidence, dimension, groups, open, seed, year]"));
        assertThat(refusal(() -> of(Map.of("year", List.of("2020", "2021")))))
                .isEqualTo(new FieldError("year", "give it once (lists are comma-separated)"));
        assertThat(refusal(() -> of(Map.of("dimension", List.of("x".repeat(201))))))
                .isEqualTo(new FieldError("dimension", "at most 200 characters"));
    }

    @Test
    void valuesAreTrimmedAndEmptyIsAbsent() {
        QueryParameters params = of(Map.of("dimension", List.of("  outcome "), "year", List.of("  ")));
        assertThat(params.text("dimension")).isEqualTo("outcome");
        assertThat(params.text("year")).isNull();
        assertThat(params.year("year", 2024)).isEqualTo(2024);
        assertThat(refusal(() -> params.required("groups"))).isEqualTo(new FieldError("groups", "is required"));
    }

    @Test
    void numbers() {
        QueryParameters params = of(Map.of("year", List.of("1800"), "seed", List.of("x"),
                "confidence", List.of("1")));
        assertThat(refusal(() -> params.integer("year", 1900, 2100)))
                .isEqualTo(new FieldError("year", "must be between 1900 and 2100"));
        assertThat(refusal(() -> of(Map.of("year", List.of("later"))).integer("year", 1900, 2100)))
                .isEqualTo(new FieldError("year", "must be a whole number between 1900 and 2100"));
        assertThat(refusal(() -> params.longInteger("seed", 7)))
                .isEqualTo(new FieldError("seed", "must be a whole number"));
        assertThat(refusal(() -> params.fraction("confidence", 0.95)))
                .isEqualTo(new FieldError("confidence", "must be strictly between 0 and 1"));
        assertThat(of(Map.of()).fraction("confidence", 0.95)).isEqualTo(0.95);
        assertThat(of(Map.of("seed", List.of("42"))).longInteger("seed", 7)).isEqualTo(42L);
    }

    @Test
    void listsAndBooleans() {
        QueryParameters params = of(Map.of("groups", List.of("JP, TW"), "open", List.of("true")));
        assertThat(params.list("groups")).containsExactly("JP", "TW");
        assertThat(params.list("dimension")).isEmpty();
        assertThat(params.bool("open")).isTrue();
        assertThat(refusal(() -> of(Map.of("groups", List.of("JP,,TW"))).list("groups")))
                .isEqualTo(new FieldError("groups[1]", "is empty"));
        assertThat(refusal(() -> of(Map.of("groups", List.of("a,".repeat(20) + "a"))).list("groups")))
                .isEqualTo(new FieldError("groups", "at most 20 entries"));
    }
}
