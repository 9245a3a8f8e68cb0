package io.revitalization.cases.domain.search;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings text to the one form search compares: the stored search document of a case and the query are both
 * folded, so a substring match finds 關係人口 in a text that says 関係人口 or 关系人口.
 *
 * <p>Folding is NFKC (full-width Latin and digits to ASCII, half-width katakana to full-width, compatibility
 * ideographs to their unified forms), full case folding, removal of ideographic variation selectors, the Japanese
 * and variant forms of {@code cjk-variants.tsv}, and last ICU's Traditional-Simplified (read as a table,
 * {@link SimplifiedForms}), so the result is simplified Chinese for all three writing systems. 臺 and 台 fold
 * together (ICU's simplified form of 臺, 檯 and 颱 is 台), as people write 臺灣, 台灣 and 台湾 for the same place.
 * Kana are kept as they are. Like any folding to simplified Chinese, characters that simplification merged fold
 * together (後 and 后, 髮 and 發), which may find a few more texts than asked for but never fewer.
 */
public final class TextFolding {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final SimplifiedForms SIMPLIFIED = SimplifiedForms.load();
    private static final Map<Integer, Integer> VARIANTS = loadVariants("cjk-variants.tsv");
    /** A term is a run of letters (including ideographs and kana), combining marks and digits. */
    private static final Pattern TERM_SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private TextFolding() {
    }

    /** The folded form of a text; null folds to the empty string. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalized = UCharacter.foldCase(NFKC.normalize(text), true);
        StringBuilder folded = new StringBuilder(normalized.length());
        int previous = -1;
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!isVariationOfIdeograph(previous, codePoint)) {
                folded.appendCodePoint(VARIANTS.getOrDefault(codePoint, codePoint));
            }
            previous = codePoint;
        }
        return simplified(folded.toString());
    }

    /** What ICU's Traditional-Simplified transform makes of the text (see {@link SimplifiedForms}). */
    static String simplified(String text) {
        return SIMPLIFIED.of(text);
    }

    /**
     * The folded search terms of a query, each once, in the order given. Anything that is not a letter, mark
     * or digit separates terms; a run of Chinese or Japanese stays one term, as the database matches
     * substrings.
     */
    public static List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String term : TERM_SEPARATORS.split(fold(query))) {
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return new ArrayList<>(terms);
    }

    /**
     * A variation selector after an ideograph picks a glyph of it (U+E0100 after 葛), not another character;
     * after anything else (U+FE0F after an emoji) it is kept.
     */
    private static boolean isVariationOfIdeograph(int previous, int codePoint) {
        return previous >= 0
                && UCharacter.hasBinaryProperty(codePoint, UProperty.VARIATION_SELECTOR)
                && UCharacter.hasBinaryProperty(previous, UProperty.IDEOGRAPHIC);
    }

    private static Map<Integer, Integer> loadVariants(String resource) {
        Map<Integer, Integer> variants = new HashMap<>();
        for (String line : TableLines.of(resource)) {
            String[] pair = line.split("\t");
            if (pair.length != 2 || pair[0].codePointCount(0, pair[0].length()) != 1
                    || pair[1].codePointCount(0, pair[1].length()) != 1) {
                throw new IllegalStateException(resource + ": not a pair of characters: " + line);
            }
            variants.put(pair[0].codePointAt(0), pair[1].codePointAt(0));
        }
        return Map.copyOf(variants);
    }
}
