package io.revitalization.support.text;

/** Lengths of text as people count characters: Unicode code points, not the UTF-16 units of a Java string. */
public final class Characters {
    private Characters() {
    }

    /** Code points of {@code text}; 0 for {@code null}. */
    public static int count(CharSequence text) {
        return text == null ? 0 : Character.codePointCount(text, 0, text.length());
    }

    /** What a caller is told when a text of at most {@code max} characters is longer. */
    public static String atMost(int max) {
        return "must be at most " + max + " characters";
    }
}
