package io.revitalization.cases.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class SimplifiedFormsTest {
    private static final Transliterator ICU = Transliterator.createFromRules("reference",
            "::[:Han:]; ::Traditional-Simplified;", Transliterator.FORWARD);
    private static final List<SimplifiedForms.Rule> RULES = SimplifiedForms.rules();
    private static final SimplifiedForms FORMS = SimplifiedForms.load();

    /** When ICU is upgraded and its rules change, this writes the new table to copy over the shipped one. */
    @Test
    void shipsTheRulesOfTheIcuOnTheClasspath() throws IOException {
        String expected = "# ICU " + VersionInfo.ICU_VERSION + "'s Traditional-Simplified transform (com.ibm.icu:icu4j, Unicode License v3,\n"
                + "# https://www.unicode.org/license.txt), its rules as Transliterator.getInstance(\"Traditional-Simplified\")\n"
                + "# .toRules(false) writes them. Read by SimplifiedForms; SimplifiedFormsTest writes this file again to\n"
                + "# cases-service/target/ when the ICU on the classpath has other rules.\n"
                + Transliterator.getInstance("Traditional-Simplified").toRules(false) + "\n";
        String shipped;
        try (InputStream in = SimplifiedForms.class.getResourceAsStream(SimplifiedForms.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!shipped.equals(expected)) {
            Files.writeString(Path.of("target", SimplifiedForms.RESOURCE), expected);
        }

        assertThat(shipped)
                .as("the rules differ from ICU's: copy target/%s over src/main/resources/io/revitalization/cases/"
                        + "domain/search/%s", SimplifiedForms.RESOURCE, SimplifiedForms.RESOURCE)
                .isEqualTo(expected);
    }

    @Test
    void everyRuleIsOfHanCharactersOnlySoIcusHanFilterChangesNothing() {
        assertThat(RULES).hasSizeGreaterThan(4000)
                .allSatisfy(rule -> assertThat(rule.source().codePoints())
                        .allMatch(codePoint -> UScript.getScript(codePoint) == UScript.HAN));
    }

    @Test
    void simplifiesEverySourceOfARuleAloneAndInTextLikeIcu() {
        for (SimplifiedForms.Rule rule : RULES) {
            for (String text : List.of(rule.source(), "在" + rule.source() + "中", rule.source() + rule.source())) {
                assertThat(FORMS.of(text)).as(text).isEqualTo(ICU.transliterate(text));
            }
        }
    }

    @Property(tries = 2000)
    void simplifiesAnyTextLikeIcu(@ForAll("texts") String text) {
        assertThat(FORMS.of(text)).isEqualTo(ICU.transliterate(text));
    }

    /** Sources of rules (phrases overlapping one another), their characters, other Han, kana, Latin, emoji. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> sources = Arbitraries.of(RULES).map(SimplifiedForms.Rule::source);
        Arbitrary<String> pieces = Arbitraries.frequencyOf(
                Tuple.of(4, sources),
                Tuple.of(4, sources.map(source -> source.substring(0, source.offsetByCodePoints(0, 1)))),
                Tuple.of(3, Arbitraries.integers().between(0x4E00, 0x9FFF).map(Character::toString)),
                Tuple.of(1, Arbitraries.integers().between(0x20000, 0x2A6DF).map(Character::toString)),
                Tuple.of(1, Arbitraries.of("の", "カ", "a", " ", "、", "・", "😀", "\uFE0F", "\uDB40\uDD00")));
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }
}
