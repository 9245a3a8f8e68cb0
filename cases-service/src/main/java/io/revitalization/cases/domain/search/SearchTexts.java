package io.revitalization.cases.domain.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * {@link TextFolding#fold} and {@link JapaneseReadings#of} of the texts cases are indexed with, each distinct
 * text computed once while it stays in a bounded cache: an import repeats themes, region names and
 * often whole summaries, and folding and reading them was a large part of its time.
 */
public final class SearchTexts {
    /** Characters kept (texts and their results), a few MB. */
    private static final long MAXIMUM_CHARACTERS = 2_000_000;
    private static final Cache<String, String> FOLDED = cache();
    private static final Cache<String, String> READINGS = cache();

    private SearchTexts() {
    }

    /** The same as {@link TextFolding#fold}. */
    public static String folded(String text) {
        return text == null || text.isEmpty() ? "" : FOLDED.get(text, TextFolding::fold);
    }

    /** The same as {@link JapaneseReadings#of}. */
    public static String reading(String text) {
        return text == null || text.isBlank() ? "" : READINGS.get(text, JapaneseReadings::of);
    }

    private static Cache<String, String> cache() {
        return Caffeine.newBuilder()
                .maximumWeight(MAXIMUM_CHARACTERS)
                .<String, String>weigher((text, result) -> text.length() + result.length())
                .build();
    }
}
