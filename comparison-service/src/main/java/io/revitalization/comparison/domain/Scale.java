package io.revitalization.comparison.domain;

/**
 * How the codes of a dimension relate: unordered, ordered lowest first by their {@code order}, or stages of a path:
 * each code is a kind of stage at a step ({@code order}, 1 first) of a common sequence, several kinds may share a
 * step, and a case's path is its stages ordered by step; or numbers: each code stands for its {@code value}, equal
 * differences meaning equal distances ({@code INTERVAL}), and on a {@code RATIO} scale from an absolute zero too.
 */
public enum Scale {
    NOMINAL, ORDINAL, PATH, INTERVAL, RATIO;

    /** Codes that stand for numbers ({@code value}). */
    public boolean isNumeric() {
        return this == INTERVAL || this == RATIO;
    }
}
