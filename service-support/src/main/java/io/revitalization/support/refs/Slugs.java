package io.revitalization.support.refs;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The shape of a slug, slugs made from names, and the slugs a record may not take. */
public final class Slugs {
    /** Lower-case letters and digits in words joined by single hyphens; for {@code @Pattern(regexp = …)}. */
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);
    private static final int MAX_MADE = 60;
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static boolean matches(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /** From a (English) name, accents dropped, at most 60 characters; {@code fallback} when nothing is left. */
    public static String from(String name, String fallback) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_MADE) {
            slug = slug.substring(0, MAX_MADE).replaceAll("-$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** The made slug with a short random suffix, for when it is taken. */
    public static String withSuffix(String slug) {
        return slug + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Whether a slug may not be taken: it would read as an id, or as one of the paths beside the records. */
    public static boolean isRefused(String slug, Set<String> reserved) {
        return Reference.looksLikeUuid(slug) || reserved.contains(slug);
    }

    /** Why a slug cannot be taken, worded for a field error; empty when it can. */
    public static Optional<String> refusal(String slug, Set<String> reserved) {
        if (Reference.looksLikeUuid(slug)) {
            return Optional.of("must not have the shape of a UUID: ids and slugs share one path");
        }
        if (reserved.contains(slug)) {
            return Optional.of("'" + slug + "' is reserved: it names another path");
        }
        return Optional.empty();
    }
}
