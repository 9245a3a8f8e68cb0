package io.revitalization.cases.domain.search;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * How Japanese text reads, in hiragana (関係人口 → かんけいじんこう), from Lucene's Kuromoji morphological analyzer
 * and the IPADIC dictionary it carries, so that a query typed in kana finds the kanji it reads. Words follow one
 * another without a break, as a reader types them; a space stands where the text has punctuation or a word
 * without a reading (Latin letters, digits, a name the dictionary does not know), so no query matches across it.
 */
public final class JapaneseReadings {
    private static final int KATAKANA_TO_HIRAGANA = 'ア' - 'あ';
    /** A tokenizer is reusable but not thread-safe: one per thread, its dictionaries shared by all. */
    private static final ThreadLocal<JapaneseTokenizer> TOKENIZERS = ThreadLocal.withInitial(() ->
            new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));

    private JapaneseReadings() {
    }

    /** The reading of a text; empty when it has none (null, or no Japanese word). */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        JapaneseTokenizer tokenizer = TOKENIZERS.get();
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
        StringBuilder readings = new StringBuilder();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            int previousEnd = 0;
            while (tokenizer.incrementToken()) {
                String read = reading.getReading() != null ? reading.getReading() : kanaOnly(term.toString());
                if (offset.startOffset() != previousEnd || read == null) {
                    breakAt(readings);
                }
                if (read != null) {
                    readings.append(hiragana(read));
                }
                previousEnd = read == null ? -1 : offset.endOffset();
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(tokenizer);
        }
        return readings.toString().strip();
    }

    /** Katakana as hiragana (カンケイ → かんけい); everything else as it is. */
    public static String hiragana(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            result.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - KATAKANA_TO_HIRAGANA) : c);
        }
        return result.toString();
    }

    /** A word the dictionary has no reading for reads as itself when it is written in kana. */
    private static String kanaOnly(String word) {
        return word.codePoints().allMatch(JapaneseReadings::isKana) ? word : null;
    }

    private static boolean isKana(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA;
    }

    private static void breakAt(StringBuilder readings) {
        if (!readings.isEmpty() && readings.charAt(readings.length() - 1) != ' ') {
            readings.append(' ');
        }
    }

    private static void close(JapaneseTokenizer tokenizer) {
        try {
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
