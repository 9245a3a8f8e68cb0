package io.revitalization.support.evidence;

import io.revitalization.support.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceChecksTest {
    record Item(String source, String locator, String quote, String url) implements EvidenceInput {
    }

    @Test
    void linksAreAbsoluteHttpUrls() {
        assertThat(EvidenceChecks.isHttpUrl("https://example.org/report.pdf")).isTrue();
        assertThat(EvidenceChecks.isHttpUrl("HTTP://example.org")).isTrue();
        assertThat(EvidenceChecks.isHttpUrl("ftp://example.org")).isFalse();
        assertThat(EvidenceChecks.isHttpUrl("/relative")).isFalse();
        assertThat(EvidenceChecks.isHttpUrl("https://")).isFalse();
        assertThat(EvidenceChecks.isHttpUrl("https://exa mple.org")).isFalse();
    }

    @Test
    void namesTheUrlOfEachBadItem() {
        List<Item> evidence = List.of(new Item("a", null, null, "https://example.org"),
                new Item("b", null, null, "javascript:alert(1)"), new Item("c", null, null, null));
        assertThat(EvidenceChecks.links("evidence", evidence))
                .containsExactly(new FieldError("evidence[1].url", EvidenceChecks.URL_EXPECTED));
        assertThat(EvidenceChecks.link("testimonies[0].source", evidence.get(1)))
                .containsExactly(new FieldError("testimonies[0].source.url", "must be an absolute http or https URL"));
        assertThat(EvidenceChecks.links("evidence", null)).isEmpty();
    }
}
