package io.revitalization.comparison.domain.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one observation is when shares are taken over several years. {@link #CASE}: every case weighs 1 over the
 * years, its case-years sharing it evenly, so a case coded in five years counts as much as one coded in one.
 * {@link #CASE_YEAR}: every case-year weighs 1, so the case coded in five years counts five times. Within one year
 * the two are the same.
 */
public enum Weighting {
    CASE("case"), CASE_YEAR("case-year");

    private final String key;

    Weighting(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Weighting> fromKey(String key) {
        return Arrays.stream(values()).filter(weighting -> weighting.key.equals(key)).findFirst();
    }

    /**
     * The units with their weights under this weighting: unchanged by case-year; by case, each unit's weight divided
     * by its case's total, so that every case's units weigh 1 together (a case-year's codings, one per coder under
     * {@code consensus=all}, keep their proportions).
     */
    public List<CodedUnit> reweigh(Collection<CodedUnit> units) {
        Require.present(units, "units");
        if (this == CASE_YEAR) {
            return List.copyOf(units);
        }
        Map<String, Double> totalByCase = new HashMap<>();
        units.forEach(unit -> totalByCase.merge(unit.caseId(), unit.weight(), Double::sum));
        return units.stream().map(unit -> new CodedUnit(unit.caseId(), unit.year(), unit.codes(),
                Math.min(1, unit.weight() / totalByCase.get(unit.caseId())), unit.evidence(), unit.confidence()))
                .toList();
    }
}
