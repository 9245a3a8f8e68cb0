package io.revitalization.support.paging;

import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void roundTrips() {
        Cursor cursor = Cursor.of("2025-03-01", "里山-🌊", "8f14e45f-ceea-467f-a8f6-2e3d3c1b1a7e");
        assertThat(Cursor.isWellFormed(cursor.encode())).isTrue();
        assertThat(Cursor.decode(cursor.encode(), 3)).isEqualTo(cursor);
    }

    @Test
    void aCursorDecodingToControlCharactersOrBadUtf8IsRefused() {
        assertThat(Cursor.isWellFormed("AAAA")).isFalse(); // three NUL bytes
        assertThat(Cursor.isWellFormed("wK0")).isFalse(); // C0 AD, an overlong hyphen
        assertThat(Cursor.isWellFormed("7aCA")).isFalse(); // ED A0 80, an encoded surrogate
        assertThat(Cursor.isWellFormed("Cg")).isFalse(); // a line feed
        assertThat(Cursor.isWellFormed("not a cursor")).isFalse();
        assertThatThrownBy(() -> Cursor.decode("AAAA", 1))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .containsExactly(new FieldError("cursor", Cursor.MALFORMED)));
        assertThatThrownBy(() -> Cursor.decode(Cursor.of("a", "b").encode(), 1)).isInstanceOf(ProblemException.class);
    }
}
