package io.revitalization.support.paging;

import io.revitalization.support.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque position in a keyset-paged list: the sort key values of the last item a page returned. Clients
 * pass it back untouched; its encoding may change at any time.
 */
public record Cursor(List<String> values) {
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
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> parts = List.of(raw.split(SEPARATOR, -1));
            if (parts.size() != expectedValues) {
                throw new IllegalArgumentException("wrong shape");
            }
            return new Cursor(parts);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list returned");
        }
    }
}
