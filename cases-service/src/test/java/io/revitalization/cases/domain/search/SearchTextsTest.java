package io.revitalization.cases.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The remembered folding and readings are those computed afresh, however often a text comes again. */
class SearchTextsTest {

    @Property(tries = 300)
    void foldsAsTextFoldingDoes(@ForAll("texts") List<String> texts) {
        for (String text : texts) {
            assertThat(SearchTexts.folded(text)).isEqualTo(TextFolding.fold(text));
        }
    }

    @Property(tries = 100)
    void readsAsJapaneseReadingsDoes(@ForAll("texts") List<String> texts) {
        for (String text : texts) {
            assertThat(SearchTexts.reading(text)).isEqualTo(JapaneseReadings.of(text));
        }
    }

    /** Mixed Latin, kana, ideographs (traditional, simplified, Japanese forms) and punctuation; many repeated. */
    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> text = Arbitraries.strings()
                .withChars("関關关係人口臺台灣湾乾隆鬼子薑後后髮發")
                .withCharRange('ぁ', 'ゖ')
                .withCharRange('ァ', 'ヶ')
                .withCharRange('一', '龥')
                .withChars("ＡＢＣabcXYZ 0123、。「」-#")
                .ofMaxLength(40);
        return text.list().ofMaxSize(20).flatMap(distinct -> Arbitraries.of(distinct.isEmpty() ? List.of("") : distinct)
                .list().ofMinSize(distinct.size()).ofMaxSize(3 * distinct.size() + 1));
    }
}
