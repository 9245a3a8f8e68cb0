package io.revitalization.comparison.domain;

import java.util.Arrays;
import java.util.Optional;

/** What cases can be grouped by. A case may belong to several groups of one grouping (programs, institutions). */
public enum Grouping {
    COUNTRY("country"), PROGRAM("program"), INSTITUTION("institution"), PARTNERSHIP_PHASE("partnershipPhase");

    /** The partnership-phase group of cases none of whose institutions is in a partnership. */
    public static final String NO_PARTNERSHIP = "none";

    private final String key;

    Grouping(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /**
     * Whether a case may be in a group of this grouping in some years only (a partnership's phase changes over the
     * years); in a country, a program or an institution a case is in every year.
     */
    public boolean byYear() {
        return this == PARTNERSHIP_PHASE;
    }

    public static Optional<Grouping> fromKey(String key) {
        return Arrays.stream(values()).filter(grouping -> grouping.key.equals(key)).findFirst();
    }
}
