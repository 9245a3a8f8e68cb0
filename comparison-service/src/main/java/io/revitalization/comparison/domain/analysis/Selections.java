package io.revitalization.comparison.domain.analysis;

import io.revitalization.comparison.domain.analysis.CodedUnit;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Coding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Coder selections as tally keys, and what one unit contributes to a tally under a selection. */
public final class Selections {
    /** Decimal places of tallied weights (the column is NUMERIC(24, 12)); sums of them are exact. */
    private static final int WEIGHT_SCALE = 12;
    /**
     * The key under which codings whose units each have one coding and no adjudication, by more than one coder, are
     * stored once for majority, all coders and adjudicated, which resolve such units alike (as their coders', weight
     * 1).
     */
    public static final String SOLE = "sole";
    /** The start of the key under which codings by one coder alone are stored once ({@link #soleKey}). */
    private static final String SOLE_CODER = "sole:";
    private static final String SINGLE_CODER = "coder:";
    private static final List<String> SHARING_SOLE = List.of(key(CoderSelection.majority()),
            key(CoderSelection.allCoders()), key(CoderSelection.adjudicated()));

    private Selections() {
    }

    public static String key(CoderSelection selection) {
        return switch (selection.rule()) {
            case MAJORITY -> "majority";
            case ALL_CODERS -> "all";
            case ADJUDICATED -> "adjudicated";
            case SINGLE_CODER -> SINGLE_CODER + selection.coder();
        };
    }

    /**
     * The key under which codings whose units each have one coding, none an adjudication, all by {@code coder}, are
     * stored once: for majority, all coders and adjudicated, and for the coder alone, which resolve them alike.
     */
    public static String soleKey(String coder) {
        return SOLE_CODER + coder;
    }

    /** Whether a read under this selection adds up rows under a key per coder ({@link #storedKeys}). */
    public static boolean readsEveryCoder(String selectionKey) {
        return SHARING_SOLE.contains(selectionKey);
    }

    /**
     * The keys of the stored rows a read under this selection adds up: its own; for majority, all coders and
     * adjudicated also {@link #SOLE} and each coder's {@link #soleKey}; for one coder alone also its {@link #soleKey}.
     * A case counted under one of them is never counted under another.
     *
     * @param coders every coder who may have rows under their {@link #soleKey} (more do no harm)
     */
    public static List<String> storedKeys(String selectionKey, Collection<String> coders) {
        if (readsEveryCoder(selectionKey)) {
            List<String> keys = new ArrayList<>(List.of(selectionKey, SOLE));
            new TreeSet<>(coders).forEach(coder -> keys.add(soleKey(coder)));
            return keys;
        }
        if (selectionKey.startsWith(SINGLE_CODER)) {
            return List.of(selectionKey, soleKey(selectionKey.substring(SINGLE_CODER.length())));
        }
        return List.of(selectionKey);
    }

    /**
     * The selections codings are stored under, by key, each to resolve them with: where every unit has one coding
     * and none is an adjudication, {@link #soleKey} when one coder coded them all, else {@link #SOLE} (resolved as the
     * majority) and each coder's own; otherwise those of {@link #affectedBy}.
     *
     * @param byDimension the codings, those of each dimension apart (a unit is a case-year of one dimension)
     */
    public static Map<String, CoderSelection> storedFor(Collection<? extends Collection<Coding>> byDimension) {
        Map<String, CoderSelection> stored = new TreeMap<>();
        Set<String> coders = new TreeSet<>();
        byDimension.forEach(codings -> codings.forEach(coding -> coders.add(coding.coder())));
        if (!byDimension.stream().allMatch(Selections::codedOnceEach)) {
            affectedBy(coders).forEach(selection -> stored.put(key(selection), selection));
        } else if (coders.size() == 1) {
            stored.put(soleKey(coders.iterator().next()), CoderSelection.majority());
        } else {
            stored.put(SOLE, CoderSelection.majority());
            coders.forEach(coder -> stored.put(key(CoderSelection.singleCoder(coder)),
                    CoderSelection.singleCoder(coder)));
        }
        return stored;
    }

    /**
     * The keys one unit's codings are stored under before or after a change, each with the selection that resolves
     * either side (absent where that side is not stored under the key): what to take back and what to add.
     */
    public static Map<String, StoredSides> storedSides(Collection<Coding> before, Collection<Coding> after) {
        Map<String, CoderSelection> was = storedFor(List.of(before));
        Map<String, CoderSelection> now = storedFor(List.of(after));
        Map<String, StoredSides> sides = new TreeMap<>();
        Set<String> keys = new TreeSet<>(was.keySet());
        keys.addAll(now.keySet());
        keys.forEach(key -> sides.put(key, new StoredSides(Optional.ofNullable(was.get(key)),
                Optional.ofNullable(now.get(key)))));
        return sides;
    }

    /** The selections resolving a unit's codings before and after a change under one stored key. */
    public record StoredSides(Optional<CoderSelection> before, Optional<CoderSelection> after) {
    }

    private static boolean codedOnceEach(Collection<Coding> codings) {
        Set<UnitKey> units = new HashSet<>();
        for (Coding coding : codings) {
            if (CoderSelection.isAdjudication(coding) || !units.add(new UnitKey(coding.caseId(), coding.year()))) {
                return false;
            }
        }
        return true;
    }

    /** The selections a unit coded by these coders contributes to: majority, all, adjudicated, and each coder alone. */
    public static List<CoderSelection> affectedBy(Collection<String> coders) {
        List<CoderSelection> selections = new ArrayList<>(List.of(CoderSelection.majority(), CoderSelection.allCoders(),
                CoderSelection.adjudicated()));
        new TreeSet<>(coders).forEach(coder -> selections.add(CoderSelection.singleCoder(coder)));
        return selections;
    }

    /**
     * The weight per code of one unit's codings under a selection, split as {@link
     * io.revitalization.comparison.domain.analysis.Distribution} splits it: a unit's weight spread evenly over its codes.
     * Empty when the selection leaves the unit out (not coded by the coder, or tied).
     */
    public static Map<String, BigDecimal> contribution(CoderSelection selection, Collection<Coding> unitCodings) {
        Map<String, BigDecimal> weights = new TreeMap<>();
        for (CodedUnit unit : selection.resolve(unitCodings).units()) {
            BigDecimal perCode = BigDecimal.valueOf(unit.weight() / unit.codes().size())
                    .setScale(WEIGHT_SCALE, RoundingMode.HALF_EVEN);
            unit.codes().forEach(code -> weights.merge(code, perCode, BigDecimal::add));
        }
        return weights;
    }

    /**
     * The profile of one unit's case under a selection: each code's weight, summed in double precision as
     * {@link CaseProfiles#of(Collection, CodeScale)} sums it, then rounded to the tallies' decimal places, so that
     * cases with the same weights have the same profile (rounding the parts first would tell 2 · 1/6 from 1/3).
     * Empty when the selection leaves the unit out.
     */
    public static Map<String, BigDecimal> profile(CoderSelection selection, Collection<Coding> unitCodings) {
        Map<String, Double> sums = new TreeMap<>();
        for (CodedUnit unit : selection.resolve(unitCodings).units()) {
            unit.codes().forEach(code -> sums.merge(code, unit.weight() / unit.codes().size(), Double::sum));
        }
        Map<String, BigDecimal> profile = new TreeMap<>();
        sums.forEach((code, weight) -> profile.put(code, rounded(weight)));
        return profile;
    }

    /** A weight rounded to the tallies' decimal places. */
    static BigDecimal rounded(double weight) {
        return BigDecimal.valueOf(weight).setScale(WEIGHT_SCALE, RoundingMode.HALF_EVEN);
    }
}
