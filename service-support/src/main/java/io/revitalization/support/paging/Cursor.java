package io.revitalization.support.paging;

import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.text.UnsafeText;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * An opaque position in a keyset-paged list: the sort key values of the last item a page returned. Clients
 * pass it back untouched; its encoding may change at any time.
 */
public record Cursor(List<String> values) {
    public static final String MALFORMED = "is not a cursor this list returned";
    private static final String SEPARATOR = "\u001f";

    public Cursor {
        values = List.copyOf(values);
    }

    public static Cursor of(String... values) {
        return new Cursor(Arrays.asList(values));
    }

    public String value(int index) {
        return values.get(index);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded, int expectedValues) {
        List<String> parts = values(encoded).orElseThrow(Cursor::refused);
        if (parts.size() != expectedValues) {
            throw refused();
        }
        return new Cursor(parts);
    }

    /**
     * Whether the text could be a cursor of some list: base64url of UTF-8 whose values hold no control characters
     * and no lone surrogates ({@code AAAA} decodes to three NUL characters and is not).
     */
    public static boolean isWellFormed(String encoded) {
        return values(encoded).isPresent();
    }

    private static Optional<List<String>> values(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return UnsafeText.utf8(bytes)
                .map(raw -> List.of(raw.split(SEPARATOR, -1)))
                .filter(parts -> parts.stream().allMatch(part -> UnsafeText.inName(part).isEmpty()));
    }

    private static ProblemException refused() {
        return ProblemException.invalid("cursor", MALFORMED);
    }
}
