package io.revitalization.cases.domain.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JapaneseReadingsTest {
    @Test
    void kanjiReadAsTheyAreTypedInHiragana() {
        assertThat(JapaneseReadings.of("関係人口")).isEqualTo("かんけいじんこう");
        assertThat(JapaneseReadings.of("地方創生")).isEqualTo("ちほうそうせい");
    }

    @Test
    void punctuationAndWordsWithoutAReadingBreakTheReadingSoNoQueryMatchesAcrossThem() {
        assertThat(JapaneseReadings.of("関係人口、地方")).isEqualTo("かんけいじんこう ちほう");
        assertThat(JapaneseReadings.of("関係人口UBC地方")).isEqualTo("かんけいじんこう ちほう");
    }

    @Test
    void katakanaBecomesHiraganaAndOtherTextIsLeftAlone() {
        assertThat(JapaneseReadings.hiragana("カンケイジンコウ")).isEqualTo("かんけいじんこう");
        assertThat(JapaneseReadings.hiragana("ubc 關係")).isEqualTo("ubc 關係");
        assertThat(JapaneseReadings.of("")).isEmpty();
        assertThat(JapaneseReadings.of(null)).isEmpty();
        assertThat(JapaneseReadings.of("UBC 2025")).isEmpty();
    }
}
