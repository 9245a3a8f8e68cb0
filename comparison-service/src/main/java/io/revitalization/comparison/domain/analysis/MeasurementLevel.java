package io.revitalization.comparison.domain.analysis;

/** How the codes of a dimension relate to each other; it decides which statistics apply. */
public enum MeasurementLevel {
    /** Exactly one code per unit; codes are unordered. */
    NOMINAL,
    /** One or more codes per unit; codes are unordered. */
    MULTI_VALUED,
    /** Exactly one code per unit; the order of the codes in the scale is meaningful. */
    ORDINAL
}
