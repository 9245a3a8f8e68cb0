package io.revitalization.support.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogTextTest {

    @Test
    void noValueCanStartANewLogLine() {
        String forged = LogText.escape("/api/v1/cases/\u0000\n17:31:00.000 INFO FORGED");
        assertThat(forged).doesNotContain("\n", "\u0000")
                .isEqualTo("/api/v1/cases/\\u0000\\n17:31:00.000 INFO FORGED");
        assertThat(LogText.escape("a\rb\u2028c\u0085d\\n")).isEqualTo("a\\rb\\u2028c\\u0085d\\\\n");
    }

    @Test
    void textStaysReadable() {
        assertThat(LogText.escape("/api/v1/cases/里山-🌊")).isEqualTo("/api/v1/cases/里山-🌊");
        assertThat(LogText.escape("lone \ud800")).isEqualTo("lone \\uD800");
        assertThat(LogText.escape(null)).isEqualTo("null");
        assertThat(LogText.escape("x".repeat(2000))).hasSizeLessThan(600).endsWith("(2000 characters)");
    }
}
