package io.revitalization.cases.domain.search;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings text to the one form search compares: the stored search document of a case and the query are both
 * folded, so a substring match finds 關係人口 in a text that says 関係人口 or 关系人口.
 *
 * <p>Folding is NFKC (full-width Latin and digits to ASCII, half-width katakana to full-width, compatibility
 * ideographs to their unified forms), full case folding, removal of ideographic variation selectors, the
 * Japanese and variant forms of {@code cjk-variants.tsv}, and last ICU's Traditional-Simplified, so the result
 * is simplified Chinese for all three writing systems. 臺 and 台 fold together (ICU's simplified form of 臺,
 * 檯 and 颱 is 台), as people write 臺灣, 台灣 and 台湾 for the same place. Kana are kept as they are. Like any
 * folding to simplified Chinese, characters that simplification merged fold together (後 and 后, 髮 and 發),
 * which may find a few more texts than asked for but never fewer.
 */
public final class TextFolding {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    // Restricted to Han characters: the same mapping, four to five times faster on mixed text (bulk import).
    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.createFromRules(
            "Han-Traditional-Simplified", "::[:Han:]; ::Traditional-Simplified;", Transliterator.FORWARD);
    /**
     * The sources of ICU's phrase rules (乾隆, 鬼子薑) by first character; empty when the rules are not all of the
     * simple form {@code source > target;} (then every text goes through the transliterator). A text without any
     * of them is simplified character by character, each character looked up once and remembered: the
     * transliterator's rule matching was most of a bulk import's time.
     */
    private static final Optional<Map<Integer, List<String>>> PHRASES_BY_FIRST_CHARACTER = phraseRules();
    private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();
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

    /**
     * What {@link #TRADITIONAL_TO_SIMPLIFIED} makes of the text. A phrase rule matches only where its source
     * occurs, so the spans of the occurring sources (merged where they overlap) go through the transliterator as
     * they are, and every other character is simplified on its own: no rule can reach into or out of a span.
     */
    static String simplified(String text) {
        if (PHRASES_BY_FIRST_CHARACTER.isEmpty()) {
            return TRADITIONAL_TO_SIMPLIFIED.transliterate(text);
        }
        StringBuilder result = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int spanEnd = phraseEnd(text, i);
            if (spanEnd < 0) {
                int codePoint = text.codePointAt(i);
                result.append(SIMPLIFIED.computeIfAbsent(codePoint, TextFolding::simplifiedCharacter));
                i += Character.charCount(codePoint);
                continue;
            }
            for (int j = text.offsetByCodePoints(i, 1); j < spanEnd; j = text.offsetByCodePoints(j, 1)) {
                spanEnd = Math.max(spanEnd, phraseEnd(text, j));
            }
            result.append(TRADITIONAL_TO_SIMPLIFIED.transliterate(text.substring(i, spanEnd)));
            i = spanEnd;
        }
        return result.toString();
    }

    /** Where the longest phrase-rule source starting at {@code start} ends; -1 when none starts there. */
    private static int phraseEnd(String text, int start) {
        int end = -1;
        for (String phrase : PHRASES_BY_FIRST_CHARACTER.get().getOrDefault(text.codePointAt(start), List.of())) {
            if (text.startsWith(phrase, start)) {
                end = Math.max(end, start + phrase.length());
            }
        }
        return end;
    }

    private static String simplifiedCharacter(int codePoint) {
        return TRADITIONAL_TO_SIMPLIFIED.transliterate(Character.toString(codePoint));
    }

    private static Optional<Map<Integer, List<String>>> phraseRules() {
        Pattern simpleRule = Pattern.compile("([^\\s{}\\[\\]$:'\\\\<>|;]+) > [^{}\\[\\]$:'\\\\<>|;]*;");
        Map<Integer, List<String>> phrases = new HashMap<>();
        for (String rule : Transliterator.getInstance("Traditional-Simplified").toRules(false).split("\n")) {
            Matcher matcher = simpleRule.matcher(rule.strip());
            if (rule.isBlank()) {
                continue;
            }
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String source = matcher.group(1);
            if (source.codePointCount(0, source.length()) > 1) {
                phrases.computeIfAbsent(source.codePointAt(0), first -> new ArrayList<>()).add(source);
            }
        }
        return Optional.of(Map.copyOf(phrases));
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
        try (InputStream in = TextFolding.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.split("\t");
                if (pair.length != 2 || pair[0].codePointCount(0, pair[0].length()) != 1
                        || pair[1].codePointCount(0, pair[1].length()) != 1) {
                    throw new IllegalStateException(resource + ": not a pair of characters: " + line);
                }
                variants.put(pair[0].codePointAt(0), pair[1].codePointAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(variants);
    }
}
