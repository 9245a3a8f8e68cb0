package io.revitalization.comparison.domain;

/** How the codes of a dimension relate: unordered, or ordered lowest first by their {@code order}. */
public enum Scale {
    NOMINAL, ORDINAL
}
