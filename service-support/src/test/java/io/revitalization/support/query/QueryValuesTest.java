package io.revitalization.support.query;

import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.ProblemException;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QueryValuesTest {
    enum Kind { BILATERAL, NETWORK }

    @Test
    void absentOrEmptyIsNull() {
        assertThat(QueryValues.integer("sdg", null, 1, 17)).isNull();
        assertThat(QueryValues.integer("sdg", "", 1, 17)).isNull();
        assertThat(QueryValues.enumOf("kind", "", Kind.class)).isNull();
        assertThat(QueryValues.bool("open", null)).isNull();
        assertThat(QueryValues.matching("country", "", Pattern.compile("[A-Z]{2}"), "x")).isNull();
    }

    @Test
    void wholeNumbersInRange() {
        assertThat(QueryValues.integer("sdg", "11", 1, 17)).isEqualTo(11);
        assertThat(refusal(() -> QueryValues.integer("sdg", "18", 1, 17)))
                .isEqualTo(new FieldError("sdg", "must be a whole number from 1 to 17"));
        assertThat(refusal(() -> QueryValues.integer("sdg", "eleven", 1, 17)))
                .isEqualTo(new FieldError("sdg", "must be a whole number from 1 to 17"));
        assertThat(QueryValues.year("year", "2024")).isEqualTo(2024);
        assertThat(refusal(() -> QueryValues.year("year", "1899")).field()).isEqualTo("year");
    }

    @Test
    void enumsExactlyOrInAnyCase() {
        assertThat(QueryValues.enumOf("kind", "NETWORK", Kind.class)).isEqualTo(Kind.NETWORK);
        assertThat(refusal(() -> QueryValues.enumOf("kind", "network", Kind.class)))
                .isEqualTo(new FieldError("kind", "must be one of [BILATERAL, NETWORK]"));
        assertThat(QueryValues.enumIgnoringCase("kind", "network", Kind.class)).isEqualTo(Kind.NETWORK);
        assertThat(refusal(() -> QueryValues.enumIgnoringCase("kind", "5", Kind.class)).field()).isEqualTo("kind");
    }

    @Test
    void booleans() {
        assertThat(QueryValues.bool("open", "TRUE")).isTrue();
        assertThat(QueryValues.bool("open", "false")).isFalse();
        assertThat(refusal(() -> QueryValues.bool("open", "yes")))
                .isEqualTo(new FieldError("open", "must be true or false"));
    }

    @Test
    void patternsAndLengths() {
        Pattern country = Pattern.compile("^[A-Z]{2}$");
        assertThat(QueryValues.matching("country", "JP", country, "must be a code")).isEqualTo("JP");
        assertThat(refusal(() -> QueryValues.matching("country", "jp", country, "must be a code")))
                .isEqualTo(new FieldError("country", "must be a code"));
        assertThat(refusal(() -> QueryValues.atMost("theme", "x".repeat(41), 40)))
                .isEqualTo(new FieldError("theme", "must be at most 40 characters"));
        assertThat(QueryValues.atMost("theme", null, 40)).isNull();
    }

    @Test
    void pages() {
        assertThat(QueryValues.page(null, null).limit()).isEqualTo(50);
        assertThat(QueryValues.page("200", "abc").cursor()).contains("abc");
        assertThat(refusal(() -> QueryValues.page("0", null)))
                .isEqualTo(new FieldError("limit", "must be a whole number from 1 to 200"));
        assertThat(refusal(() -> QueryValues.page("many", null)).field()).isEqualTo("limit");
    }

    static FieldError refusal(ThrowableAssert.ThrowingCallable call) {
        ProblemException e = catchThrowableOfType(call, ProblemException.class);
        assertThat(e).as("a 400 problem").isNotNull();
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).hasSize(1);
        return e.problem().errors().get(0);
    }
}
