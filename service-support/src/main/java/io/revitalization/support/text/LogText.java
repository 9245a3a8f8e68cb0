package io.revitalization.support.text;

/**
 * What a caller sent, made safe for one log line: control characters, lone surrogates and backslashes are written
 * as escapes ({@code \n}, {@code \u0000}, {@code \\}), so no value can end a line or start a forged one.
 */
public final class LogText {
    private static final int MAX_LENGTH = 500;

    private LogText() {
    }

    public static String escape(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder escaped = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
        for (int i = 0; i < text.length(); i++) {
            if (escaped.length() >= MAX_LENGTH) {
                return escaped.append("…(").append(text.length()).append(" characters)").toString();
            }
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1));
                    if (pair) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (UnsafeText.isControl(c) || Character.isSurrogate(c)
                            || c == '\u2028' || c == '\u2029') {
                        escaped.append("\\u").append(UnsafeText.hex(c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
