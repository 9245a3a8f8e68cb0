package io.revitalization.support.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What no text a caller sends may hold, in a body, a path or a parameter: NUL and the other C0 and C1 control
 * characters (PostgreSQL cannot store NUL, and line breaks in a parameter could forge a log line), lone UTF-16
 * surrogates (they are not Unicode text and would be stored as {@code ?}), and bytes that are not UTF-8 (overlong
 * forms such as {@code C0 AD}, encoded surrogates such as {@code ED A0 80}). Text in a body may break lines and
 * hold tabs; names, ids and parameters may not.
 */
public final class UnsafeText {
    public static final String NOT_UTF8 = "must be valid UTF-8 (no overlong forms, no encoded surrogates)";

    private UnsafeText() {
    }

    /** Why text of a body is refused: a control character other than tab, CR and LF, or a lone surrogate. */
    public static Optional<String> inText(CharSequence text) {
        return find(text, true);
    }

    /** Why a path segment, an id or a parameter is refused: any control character, or a lone surrogate. */
    public static Optional<String> inName(CharSequence text) {
        return find(text, false);
    }

    /** The text of strictly UTF-8 bytes; empty for malformed input, overlong forms and encoded surrogates. */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> find(CharSequence text, boolean lineBreaksAllowed) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must be valid Unicode text: it has a lone surrogate at position " + i);
            } else if (isControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of("must not contain control characters (U+" + hex(c) + " at position " + i
                        + (lineBreaksAllowed ? "; only tab and line breaks are allowed)" : ")"));
            }
        }
        return Optional.empty();
    }

    static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }

    static String hex(char c) {
        return String.format(Locale.ROOT, "%04X", (int) c);
    }
}
