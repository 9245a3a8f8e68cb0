package io.revitalization.cases.app;

import io.revitalization.values.LocalizedText;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Slugs made from English names, and the slugs a record may not take. */
final class Slugs {
    private static final int MAX_MADE = 60;
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern UUID_SHAPE = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    private Slugs() {
    }

    /** From the English text (accents dropped), else {@code fallback}. */
    static String from(LocalizedText text, String fallback) {
        String english = Optional.ofNullable(text).flatMap(t -> t.in("en")).orElse("");
        String ascii = Normalizer.normalize(english, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_MADE) {
            slug = slug.substring(0, MAX_MADE).replaceAll("-$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** The made slug with a short random suffix, for when it is taken. */
    static String withSuffix(String slug) {
        return slug + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Why a slug cannot be used (it would read as an id, or as one of the paths beside the records). */
    static Optional<String> refusal(String slug, Set<String> reserved) {
        if (UUID_SHAPE.matcher(slug).matches()) {
            return Optional.of("must not have the shape of a UUID: ids and slugs share one path");
        }
        if (reserved.contains(slug)) {
            return Optional.of("'" + slug + "' is reserved: it names another path");
        }
        return Optional.empty();
    }
}
