package io.revitalization.support.web;

import io.revitalization.support.paging.Cursor;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.text.UnsafeText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputGuardTest {

    @Test
    void ordinaryRequestsPass() {
        assertThat(InputGuard.refusals("/api/v1/cases/kochi-satoyama", "limit=20&sdg=11,15&q=%E9%87%8C%E5%B1%B1+x"))
                .isEmpty();
        assertThat(InputGuard.refusals("/api/v1/cases/%E9%87%8C%F0%9F%8C%8A", null)).isEmpty();
        assertThat(InputGuard.refusals("/api/v1/cases", "cursor=" + Cursor.of("a-slug").encode() + "&flag"))
                .isEmpty();
        assertThat(InputGuard.refusals("/api/v1/cases", "q=100%25+sure&&tag=")).isEmpty();
    }

    @Test
    void controlCharactersInThePathAreRefused() {
        assertThat(InputGuard.refusals("/api/v1/cases/%00", null)).extracting(FieldError::field).containsExactly("path");
        assertThat(InputGuard.refusals("/api/v1/cases/%00%0a17:31:00.000%20INFO%20FORGED", null))
                .extracting(FieldError::field).containsExactly("path");
        assertThat(InputGuard.refusals("/api/v1/cases/%c2%85", null)).extracting(FieldError::field)
                .containsExactly("path");
    }

    @Test
    void invalidUtf8IsRefusedWhereItIs() {
        assertThat(InputGuard.refusals("/api/v1/cases/%C0%AD", null))
                .containsExactly(new FieldError("path", UnsafeText.NOT_UTF8));
        assertThat(InputGuard.refusals("/api/v1/cases", "q=%ED%A0%80"))
                .containsExactly(new FieldError("q", UnsafeText.NOT_UTF8));
        assertThat(InputGuard.refusals("/api/v1/cases", "q=%E9%87")).extracting(FieldError::field).containsExactly("q");
        assertThat(InputGuard.refusals("/api/v1/cases", "q=%zz")).extracting(FieldError::field).containsExactly("q");
        assertThat(InputGuard.refusals("/api/v1/cases/slug\u00c0\u00ad", null)).extracting(FieldError::field)
                .containsExactly("path");
    }

    @Test
    void parametersAreNamed() {
        assertThat(InputGuard.refusals("/api/v1/codings", "case=%00&coder=a%0Ab&limit=5"))
                .extracting(FieldError::field).containsExactly("case", "coder");
        assertThat(InputGuard.refusals("/api/v1/codings", "ca%00se=x")).extracting(FieldError::field)
                .containsExactly("query");
        assertThat(InputGuard.refusals("/api/v1/cases", "cursor=AAAA"))
                .containsExactly(new FieldError("cursor", Cursor.MALFORMED));
        assertThat(InputGuard.refusals("/api/v1/cases/%00", "cursor=AAAA")).extracting(FieldError::field)
                .containsExactly("path", "cursor");
    }
}
