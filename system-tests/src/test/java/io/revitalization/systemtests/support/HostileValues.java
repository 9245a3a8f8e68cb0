package io.revitalization.systemtests.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What a hostile caller puts where a value goes: in a parameter (the bytes as they stand in the request target,
 * mostly percent-encoded, some raw), in a header, and in a JSON field (the bytes of a JSON value, some of them not
 * UTF-8). Each value is always sent or drawn at random from the extras, so a seed gives the same values again.
 */
public final class HostileValues {
    /** Bytes to send; {@code refused} when no answer but an error is right (text that no field may hold). */
    public record Hostile(String label, byte[] bytes, boolean refused) {
        /** Each char of {@code bytes} is one byte (ISO-8859-1), so that bytes that are not UTF-8 can be written. */
        static Hostile of(String label, String bytes, boolean refused) {
            return new Hostile(label, bytes.getBytes(StandardCharsets.ISO_8859_1), refused);
        }

        public static Hostile text(String label, String text, boolean refused) {
            return new Hostile(label, text.getBytes(StandardCharsets.UTF_8), refused);
        }
    }

    public static final int PARAMETER_EXTRAS = 3;

    /*
     * Request targets that are no URI at all: Quarkus's HTTP layer answers them with a bare 400 before any route or
     * filter of ours runs (its java.net.URI check; with that check switched off, Vert.x's router fails on the escape
     * the same way), so for these a 400 without a problem body is accepted. Documented in docs/architecture.md.
     */
    private static final Hostile NO_URI_RAW_BYTES = Hostile.of("raw bytes ED A0 80", "\u00ed\u00a0\u0080", true);
    private static final Hostile NO_URI_CUT_ESCAPE = Hostile.of("a cut escape", "%", true);

    /** A value that makes the request target no URI (see above). */
    public static boolean isNoUri(Hostile value) {
        return value == NO_URI_RAW_BYTES || value == NO_URI_CUT_ESCAPE;
    }
    public static final int FIELD_EXTRAS = 1;

    private static final List<Hostile> PARAMETER_ALWAYS = List.of(
            Hostile.of("NUL", "%00", true),
            Hostile.of("overlong UTF-8 %C0%AD", "%C0%AD", true),
            Hostile.of("2^63", "9223372036854775808", false),
            Hostile.of("wrong type []", "%5B%5D", false));
    private static final List<Hostile> PARAMETER_EXTRA = List.of(
            Hostile.of("a forged log line", "%0A17:31:00.000%20INFO%20FORGED", true),
            Hostile.of("lone surrogate %ED%A0%80", "%ED%A0%80", true),
            Hostile.of("1e309", "1e309", false),
            Hostile.of("-1", "-1", false),
            Hostile.of("ESC", "%1B%5B31m", true),
            Hostile.of("C1 NEL", "%C2%85", true),
            Hostile.of("DEL", "%7F", true),
            Hostile.of("byte FF", "%FF", true),
            Hostile.of("raw bytes C0 AD", "\u00c0\u00ad", true),
            NO_URI_RAW_BYTES,
            NO_URI_CUT_ESCAPE,
            Hostile.of("empty", "", false),
            Hostile.of("2000 characters", "a".repeat(2000), false),
            Hostile.of("true", "true", false),
            Hostile.of("0", "0", false),
            Hostile.of("-2^63-1", "-9223372036854775809", false),
            Hostile.of("NaN", "NaN", false),
            Hostile.of("1.5", "1.5", false),
            Hostile.of("2025-13-45", "2025-13-45", false),
            Hostile.of("path traversal", "..%2F..%2Fetc%2Fpasswd", false),
            Hostile.of("SQL", "'%20OR%20'1'%3D'1", false),
            Hostile.of("300 astral characters", "%F0%9F%98%80".repeat(300), false),
            Hostile.of("object", "%7B%7D", false));
    private static final List<Hostile> HEADER = List.of(
            Hostile.of("empty", "", false),
            Hostile.of("1000 characters", "k".repeat(1000), false),
            Hostile.of("raw bytes C0 AD", "\u00c0\u00ad", false),
            Hostile.of("%00", "%00", false),
            Hostile.of("1e309", "1e309", false));
    private static final List<Hostile> FIELD_ALWAYS = List.of(
            Hostile.of("NUL", "\"a\\u0000b\"", true));
    private static final List<Hostile> FIELD_EXTRA = List.of(
            Hostile.of("raw overlong C0 AD", "\"a\u00c0\u00adb\"", true),
            Hostile.of("U+0001", "\"a\\u0001b\"", true),
            Hostile.of("ESC", "\"\\u001b[31mred\"", true),
            Hostile.of("C1 NEL", "\"\\u0085\"", true),
            Hostile.of("escaped lone surrogate", "\"a\\ud800b\"", true),
            Hostile.of("raw lone surrogate ED A0 80", "\"a\u00ed\u00a0\u0080b\"", true),
            Hostile.of("raw byte FF", "\"a\u00ffb\"", true),
            Hostile.of("1e309", "1e309", false),
            Hostile.of("2^63", "9223372036854775808", false),
            Hostile.of("-1", "-1", false),
            Hostile.of("1.5", "1.5", false),
            Hostile.of("a 1200-digit number", "1" + "0".repeat(1200), false),
            Hostile.of("true", "true", false),
            Hostile.of("object", "{}", false),
            Hostile.of("array", "[]", false),
            Hostile.of("null", "null", false),
            Hostile.of("empty text", "\"\"", false),
            Hostile.of("10,000 characters", "\"" + "x".repeat(10_000) + "\"", false),
            Hostile.of("10,000 nested arrays", nested(10_000, "[", "]"), false),
            Hostile.of("2025-13-45", "\"2025-13-45\"", false),
            Hostile.of("javascript: URL", "\"javascript:alert(1)\"", false));

    private HostileValues() {
    }

    public static List<Hostile> forParameter(Random random) {
        return withExtras(PARAMETER_ALWAYS, PARAMETER_EXTRA, PARAMETER_EXTRAS, random);
    }

    public static List<Hostile> forHeader() {
        return HEADER;
    }

    public static List<Hostile> forField(Random random) {
        return withExtras(FIELD_ALWAYS, FIELD_EXTRA, FIELD_EXTRAS, random);
    }

    /** {@code open} n times, then {@code close} n times. */
    public static String nested(int depth, String open, String close) {
        return open.repeat(depth) + close.repeat(depth);
    }

    /** The bytes as text a person can read in a failure message: non-printable and non-ASCII bytes as \xNN. */
    public static String printable(byte[] bytes, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bytes.length && text.length() < max; i++) {
            int b = bytes[i] & 0xff;
            text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02X", b));
        }
        return bytes.length > max ? text + "…(" + bytes.length + " bytes)" : text.toString();
    }

    /** The parts one after the other. */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static List<Hostile> withExtras(List<Hostile> always, List<Hostile> extras, int count, Random random) {
        List<Hostile> shuffled = new ArrayList<>(extras);
        Collections.shuffle(shuffled, random);
        List<Hostile> chosen = new ArrayList<>(always);
        chosen.addAll(shuffled.subList(0, count));
        return chosen;
    }
}
