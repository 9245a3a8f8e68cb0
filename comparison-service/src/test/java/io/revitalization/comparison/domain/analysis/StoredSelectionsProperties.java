package io.revitalization.comparison.domain.analysis;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a case's codings of a dimension, a read under any selection finds, in the rows stored under the keys it
 * adds up ({@link Selections#storedKeys}), exactly the units the selection resolves from the codings: codings by one
 * coder stored once for majority, all coders and adjudicated, others under each selection as before.
 */
class StoredSelectionsProperties {
    private static final List<CoderSelection> READS = List.of(CoderSelection.majority(), CoderSelection.allCoders(),
            CoderSelection.adjudicated(), CoderSelection.singleCoder("c1"), CoderSelection.singleCoder("c2"),
            CoderSelection.singleCoder(CoderSelection.ADJUDICATOR));

    @Property(tries = 500)
    void theStoredKeysOfAReadHoldTheUnitsOfItsSelection(@ForAll("caseCodings") List<Coding> codings) {
        Map<String, CoderSelection> stored = Selections.storedFor(List.of(codings));
        for (CoderSelection read : READS) {
            List<CodedUnit> found = new ArrayList<>();
            for (String key : Selections.storedKeys(Selections.key(read))) {
                if (stored.containsKey(key)) {
                    found.addAll(stored.get(key).resolve(codings).units());
                }
            }
            assertThat(found).as(read + " of " + codings).isEqualTo(read.resolve(codings).units());
        }
    }

    @Property(tries = 200)
    void codingsByOneCoderAreStoredOnceBesideTheCoders(@ForAll("caseCodings") List<Coding> codings) {
        boolean soleCoder = codings.stream().noneMatch(CoderSelection::isAdjudication)
                && codings.stream().map(Coding::year).distinct().count() == codings.size();
        assertThat(Selections.storedFor(List.of(codings)).containsKey(Selections.SOLE)).isEqualTo(soleCoder);
    }

    /** One case's codings of one dimension: a coder codes a year at most once. */
    @Provide
    Arbitrary<List<Coding>> caseCodings() {
        Arbitrary<Coding> coding = Combinators.combine(
                Arbitraries.integers().between(2021, 2023),
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
