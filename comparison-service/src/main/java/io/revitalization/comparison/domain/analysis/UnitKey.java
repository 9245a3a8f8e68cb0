package io.revitalization.comparison.domain.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A unit of coding: one case in one year (the dimension is fixed by the caller). */
record UnitKey(String caseId, int year) implements Comparable<UnitKey> {

    private static final Comparator<UnitKey> ORDER = Comparator.comparing(UnitKey::caseId).thenComparingInt(UnitKey::year);

    @Override
    public int compareTo(UnitKey other) {
        return ORDER.compare(this, other);
    }

    /** Codings grouped by unit, then by coder in coder order; a coder coding one unit twice is refused. */
    static SortedMap<UnitKey, Map<String, Coding>> group(Collection<Coding> codings) {
        Require.present(codings, "codings");
        SortedMap<UnitKey, Map<String, Coding>> byUnit = new TreeMap<>();
        for (Coding coding : codings) {
            UnitKey key = new UnitKey(coding.caseId(), coding.year());
            Map<String, Coding> byCoder = byUnit.computeIfAbsent(key, k -> new TreeMap<>());
            if (byCoder.putIfAbsent(coding.coder(), coding) != null) {
                throw new IllegalArgumentException("coder " + coding.coder() + " coded case " + key.caseId()
                        + " in " + key.year() + " more than once");
            }
        }
        return byUnit;
    }
}
