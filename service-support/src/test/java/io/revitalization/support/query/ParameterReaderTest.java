package io.revitalization.support.query;

import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ParameterReaderTest {

    @Test
    void namesEveryBadParameterInOneAnswer() {
        ParameterReader reader = new ParameterReader(200);
        assertThat(reader.read("sdg", "11", Integer::valueOf)).contains(11);
        assertThat(reader.read("theme", null, value -> value)).isEmpty();
        assertThat(reader.read("yearFrom", "soon", value -> {
            throw new IllegalArgumentException("not a year");
        })).isEmpty();
        assertThat(reader.read("region", "x".repeat(201), value -> value)).isEmpty();

        ProblemException e = catchThrowableOfType(reader::orFail, ProblemException.class);
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).containsExactly(new FieldError("yearFrom", "not a year"),
                new FieldError("region", "must be at most 200 characters"));
    }

    @Test
    void passesWhenAllAreGood() {
        ParameterReader reader = new ParameterReader(200);
        reader.read("sdg", "3", Integer::valueOf);
        reader.orFail();
    }
}
