package io.revitalization.comparison.domain.analysis;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a case's codings of a dimension, a read under any selection finds, in the rows stored under the keys it
 * adds up ({@link Selections#storedKeys}), exactly the units the selection resolves from the codings: codings by one
 * coder alone stored once for majority, all coders, adjudicated and that coder, codings by several coders, each unit
 * once, stored once for the first three beside each coder's own, others under each selection. And whatever a
 * unit's codings before and after a change, taking back and adding what {@link Selections#storedSides} says leaves
 * the tallies' weights as storing the new codings afresh would.
 */
class StoredSelectionsProperties {
    private static final List<CoderSelection> READS = List.of(CoderSelection.majority(), CoderSelection.allCoders(),
            CoderSelection.adjudicated(), CoderSelection.singleCoder("c1"), CoderSelection.singleCoder("c2"),
            CoderSelection.singleCoder(CoderSelection.ADJUDICATOR));
    /** Every coder the codings may name but the adjudicator: those a read looks for under their own sole key. */
    private static final List<String> CODERS = List.of("c1", "c2", "c3");

    @Property(tries = 500)
    void theStoredKeysOfAReadHoldTheUnitsOfItsSelection(@ForAll("caseCodings") List<Coding> codings) {
        Map<String, CoderSelection> stored = Selections.storedFor(List.of(codings));
        for (CoderSelection read : READS) {
            List<CodedUnit> found = new ArrayList<>();
            for (String key : Selections.storedKeys(Selections.key(read), CODERS)) {
                if (stored.containsKey(key)) {
                    found.addAll(stored.get(key).resolve(codings).units());
                }
            }
            assertThat(found).as(read + " of " + codings).isEqualTo(read.resolve(codings).units());
        }
    }

    @Property(tries = 200)
    void codingsCodedOnceEachAreStoredOnce(@ForAll("caseCodings") List<Coding> codings) {
        boolean onceEach = codings.stream().noneMatch(CoderSelection::isAdjudication)
                && codings.stream().map(Coding::year).distinct().count() == codings.size();
        Set<String> coders = new TreeSet<>(codings.stream().map(Coding::coder).toList());
        Set<String> expected = new TreeSet<>();
        if (onceEach && coders.size() == 1) {
            expected.add(Selections.soleKey(coders.iterator().next()));
        } else if (onceEach) {
            expected.add(Selections.SOLE);
            coders.forEach(coder -> expected.add(Selections.key(CoderSelection.singleCoder(coder))));
        } else {
            Selections.affectedBy(coders).forEach(selection -> expected.add(Selections.key(selection)));
        }
        assertThat(Selections.storedFor(List.of(codings)).keySet()).as(codings.toString()).isEqualTo(expected);
    }

    @Property(tries = 500)
    void aChangeOfAUnitLeavesItsWeightsStoredAsItsNewCodingsWouldBe(@ForAll("unitCodings") List<Coding> before,
                                                                    @ForAll("unitCodings") List<Coding> after) {
        Map<String, Map<String, BigDecimal>> tallies = storedWeights(before);
        Selections.storedSides(before, after).forEach((key, sides) -> {
            sides.before().ifPresent(selection -> add(tallies, key, Selections.contribution(selection, before), -1));
            sides.after().ifPresent(selection -> add(tallies, key, Selections.contribution(selection, after), 1));
        });
        tallies.values().forEach(weights -> weights.values().removeIf(weight -> weight.signum() == 0));
        tallies.values().removeIf(Map::isEmpty);

        assertThat(tallies).as(before + " then " + after).isEqualTo(storedWeights(after));
        for (CoderSelection read : READS) {
            Map<String, BigDecimal> found = new TreeMap<>();
            Selections.storedKeys(Selections.key(read), CODERS).forEach(key -> tallies.getOrDefault(key, Map.of())
                    .forEach((code, weight) -> found.merge(code, weight, BigDecimal::add)));
            assertThat(found).as(read + " of " + after).isEqualTo(Selections.contribution(read, after));
        }
    }

    /** Each key a unit's codings are stored under, with the weight they contribute to each code's tally there. */
    private static Map<String, Map<String, BigDecimal>> storedWeights(List<Coding> unitCodings) {
        Map<String, Map<String, BigDecimal>> tallies = new TreeMap<>();
        Selections.storedFor(List.of(unitCodings)).forEach((key, selection) ->
                add(tallies, key, Selections.contribution(selection, unitCodings), 1));
        tallies.values().removeIf(Map::isEmpty);
        return tallies;
    }

    private static void add(Map<String, Map<String, BigDecimal>> tallies, String key, Map<String, BigDecimal> weights,
                            int sign) {
        Map<String, BigDecimal> tally = tallies.computeIfAbsent(key, absent -> new TreeMap<>());
        weights.forEach((code, weight) -> tally.merge(code, sign > 0 ? weight : weight.negate(), BigDecimal::add));
    }

    /** One case's codings of one dimension: a coder codes a year at most once. */
    @Provide
    Arbitrary<List<Coding>> caseCodings() {
        return codings(Arbitraries.integers().between(2021, 2023));
    }

    /** One unit's codings (a case-year of one dimension), none at all included: a coder codes it at most once. */
    @Provide
    Arbitrary<List<Coding>> unitCodings() {
        return codings(Arbitraries.just(2022)).injectNull(0.1).map(codings -> codings == null ? List.of() : codings);
    }

    private static Arbitrary<List<Coding>> codings(Arbitrary<Integer> years) {
        Arbitrary<Coding> coding = Combinators.combine(
                years,
                Arbitraries.of("c1", "c2", "c3", CoderSelection.ADJUDICATOR),
                Arbitraries.of("a", "b", "c").set().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of("p. 3", null),
                Arbitraries.of(0.5, 0.9, null))
                .as((year, coder, codes, evidence, confidence) -> new Coding("case-1", year, coder,
                        codes.stream().sorted().toList(), evidence, confidence));
        return coding.list().ofMinSize(1).ofMaxSize(6).map(StoredSelectionsProperties::oncePerCoderAndYear);
    }

    private static List<Coding> oncePerCoderAndYear(List<Coding> codings) {
        Map<String, Coding> byCoderAndYear = new LinkedHashMap<>();
        codings.forEach(coding -> byCoderAndYear.putIfAbsent(coding.coder() + "/" + coding.year(), coding));
        return List.copyOf(byCoderAndYear.values());
    }
}
