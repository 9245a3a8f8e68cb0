package io.revitalization.support.refs;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void theShapeIsLowerCaseWordsJoinedBySingleHyphens() {
        assertThat(Slugs.matches("kochi-university-2")).isTrue();
        assertThat(Slugs.matches("Kochi")).isFalse();
        assertThat(Slugs.matches("kochi--university")).isFalse();
        assertThat(Slugs.matches("-kochi")).isFalse();
        assertThat(Slugs.matches("")).isFalse();
        assertThat(Slugs.matches(null)).isFalse();
    }

    @Test
    void madeFromANameWithoutAccentsAndAtMost60Characters() {
        assertThat(Slugs.from("Université de Kōchi: Rural Lab", "x")).isEqualTo("universite-de-kochi-rural-lab");
        assertThat(Slugs.from("高知大学", "institution")).isEqualTo("institution");
        assertThat(Slugs.from(null, "case")).isEqualTo("case");
        String made = Slugs.from("word ".repeat(30), "x");
        assertThat(made).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
        assertThat(Slugs.matches(made)).isTrue();
    }

    @Test
    void aSuffixMakesATakenSlugNew() {
        assertThat(Slugs.withSuffix("kochi")).matches("kochi-[0-9a-f]{8}");
    }

    @Test
    void refusesSlugsThatReadAsIdsOrReservedPaths() {
        Set<String> reserved = Set.of("search", "import");
        assertThat(Slugs.refusal("1b4e28ba-2fa1-11d2-883f-0016d3cca427", reserved))
                .contains("must not have the shape of a UUID: ids and slugs share one path");
        assertThat(Slugs.refusal("search", reserved)).contains("'search' is reserved: it names another path");
        assertThat(Slugs.refusal("kochi", reserved)).isEmpty();
        assertThat(Slugs.isRefused("import", reserved)).isTrue();
        assertThat(Slugs.isRefused("1b4e28ba-2fa1-11d2-883f-0016d3cca427", Set.of())).isTrue();
        assertThat(Slugs.isRefused("kochi", reserved)).isFalse();
    }
}
