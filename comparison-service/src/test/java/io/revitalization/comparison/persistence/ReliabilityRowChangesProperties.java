package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.persistence.ReliabilityTallyRepository.CoderPairChange;
import io.revitalization.comparison.persistence.ReliabilityTallyRepository.CoincidenceChange;
import io.revitalization.comparison.persistence.ReliabilityTallyRepository.UnitChanges;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying the reliability changes of many units summed per count ({@link ReliabilityRowChanges}, as an import chunk
 * does) leaves the same counts as applying each unit's changes one after the other, and never sends a statement the
 * table would refuse: a table model with the statements' semantics and the table's checks (an upsert whose values
 * must be a valid count of their own, an update that must find its count and leave it valid, empty counts dropped).
 */
class ReliabilityRowChangesProperties {
    private static final UUID CODEBOOK = new UUID(1, 1);
    private static final List<String> CODERS = List.of("c1", "c2", "c3");

    /** A coder pair's count in a year. */
    private record Key(int year, String first, String second) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return toString().compareTo(other.toString());
        }
    }

    /** A coincidence count in a year: how many coders the unit had, and the pair of code sets. */
    private record CoincidenceKey(int year, int pairable, String first, String second)
            implements Comparable<CoincidenceKey> {
        @Override
        public int compareTo(CoincidenceKey other) {
            return toString().compareTo(other.toString());
        }
    }

    private record Count(int units, int agreements) {
    }

    /**
     * @param rounds per round, for some units (a case and a year, each at most once a round): the code each coder
     *               gives it now (-1: the coder has no coding of it)
     */
    @Property(tries = 300)
    void summedCountsLeaveTheCountsOfUnitByUnit(@ForAll("rounds") List<Map<Integer, List<Integer>>> rounds) {
        Map<Integer, List<Integer>> codings = new HashMap<>();
        Map<Key, Count> oneByOne = new TreeMap<>();
        Map<Key, Count> summed = new TreeMap<>();
        Map<CoincidenceKey, Integer> coincidencesOneByOne = new TreeMap<>();
        Map<CoincidenceKey, Integer> coincidencesSummed = new TreeMap<>();
        for (Map<Integer, List<Integer>> round : rounds) {
            List<UnitChanges> units = new ArrayList<>();
            round.forEach((unitIndex, now) -> {
                int year = 2020 + unitIndex % 3;
                List<Integer> was = codings.getOrDefault(unitIndex, List.of(-1, -1, -1));
                codings.put(unitIndex, now);
                units.add(new UnitChanges(new UnitRef(CODEBOOK, 1, "d", new UUID(0, unitIndex), year),
                        coincidenceChanges(was, now), pairChanges(was, now)));
            });
            for (UnitChanges unit : units) {
                unit.coderPairs().forEach(change -> applyPair(oneByOne, key(unit.unit(), change), change,
                        change.units() > 0));
                unit.coincidences().forEach(change -> applyCoincidence(coincidencesOneByOne,
                        key(unit.unit(), change), change.pairs()));
            }
            for (ReliabilityRowChanges.Row<CoderPairChange> row : ReliabilityRowChanges.coderPairs(units)) {
                applyPair(summed, key(row.year(), row.change()), row.change(),
                        ReliabilityRowChanges.couldStandAlone(row.change()));
            }
            for (ReliabilityRowChanges.Row<CoincidenceChange> row : ReliabilityRowChanges.coincidences(units)) {
                applyCoincidence(coincidencesSummed, key(row.year(), row.change()), row.change().pairs());
            }
            assertThat(summed).isEqualTo(oneByOne);
            assertThat(coincidencesSummed).isEqualTo(coincidencesOneByOne);
        }
    }

    @Provide
    Arbitrary<List<Map<Integer, List<Integer>>>> rounds() {
        Arbitrary<List<Integer>> unitCodings = Arbitraries.integers().between(-1, 1).list().ofSize(CODERS.size());
        return Arbitraries.maps(Arbitraries.integers().between(0, 8), unitCodings).ofMaxSize(9).list().ofMaxSize(6);
    }

    /** What ReliabilityTallies sends for a unit's coder pairs: each ordered pair's units and agreements, netted. */
    private static List<CoderPairChange> pairChanges(List<Integer> was, List<Integer> now) {
        Map<Key, int[]> netted = new TreeMap<>();
        addPairs(netted, was, -1);
        addPairs(netted, now, 1);
        List<CoderPairChange> changes = new ArrayList<>();
        netted.forEach((key, count) -> {
            if (count[0] != 0 || count[1] != 0) {
                changes.add(new CoderPairChange(key.first(), key.second(), count[0], count[1]));
            }
        });
        return changes;
    }

    private static void addPairs(Map<Key, int[]> netted, List<Integer> codes, int sign) {
        for (int a = 0; a < CODERS.size(); a++) {
            for (int b = 0; b < CODERS.size(); b++) {
                if (codes.get(a) >= 0 && codes.get(b) >= 0) {
                    int[] count = netted.computeIfAbsent(new Key(0, CODERS.get(a), CODERS.get(b)), k -> new int[2]);
                    count[0] += sign;
                    count[1] += codes.get(a).equals(codes.get(b)) ? sign : 0;
                }
            }
        }
    }

    /** What ReliabilityTallies sends for a unit's coincidences: each ordered pair of two coders' codes, netted. */
    private static List<CoincidenceChange> coincidenceChanges(List<Integer> was, List<Integer> now) {
        Map<CoincidenceKey, Integer> netted = new TreeMap<>();
        addCoincidences(netted, was, -1);
        addCoincidences(netted, now, 1);
        List<CoincidenceChange> changes = new ArrayList<>();
        netted.forEach((key, pairs) -> {
            if (pairs != 0) {
                changes.add(new CoincidenceChange(key.pairable(), List.of(key.first()), List.of(key.second()), pairs));
            }
        });
        return changes;
    }

    private static void addCoincidences(Map<CoincidenceKey, Integer> netted, List<Integer> codes, int sign) {
        int coders = (int) codes.stream().filter(code -> code >= 0).count();
        for (int a = 0; a < CODERS.size(); a++) {
            for (int b = 0; b < CODERS.size(); b++) {
                if (a != b && codes.get(a) >= 0 && codes.get(b) >= 0) {
                    netted.merge(new CoincidenceKey(0, coders, "x" + codes.get(a), "x" + codes.get(b)), sign,
                            Integer::sum);
                }
            }
        }
    }

    /** The upsert or the update-and-drop of reliability_coder_pair, with its checks. */
    private static void applyPair(Map<Key, Count> table, Key key, CoderPairChange change, boolean upsert) {
        Count row = table.get(key);
        if (upsert) {
            assertValid(new Count(change.units(), change.agreements()), key);
        } else {
            assertThat(row).as("a count to take from, " + key).isNotNull();
        }
        Count after = row == null ? new Count(change.units(), change.agreements())
                : new Count(row.units() + change.units(), row.agreements() + change.agreements());
        assertValid(after, key);
        if (!upsert && after.units() == 0) {
            table.remove(key);
        } else {
            table.put(key, after);
        }
    }

    private static void assertValid(Count count, Key key) {
        assertThat(count.units()).as("units of " + key).isNotNegative();
        assertThat(count.agreements()).as("agreements of " + key).isBetween(0, count.units());
    }

    /** The upsert or the update-and-drop of reliability_coincidence, with its check. */
    private static void applyCoincidence(Map<CoincidenceKey, Integer> table, CoincidenceKey key, int pairs) {
        if (pairs < 0) {
            assertThat(table).as("a count to take from, " + key).containsKey(key);
        }
        int after = table.getOrDefault(key, 0) + pairs;
        assertThat(after).as("pairs of " + key).isNotNegative();
        if (after == 0) {
            table.remove(key);
        } else {
            table.put(key, after);
        }
    }

    private static Key key(UnitRef unit, CoderPairChange change) {
        return new Key(unit.year(), change.first(), change.second());
    }

    private static CoincidenceKey key(UnitRef unit, CoincidenceChange change) {
        return new CoincidenceKey(unit.year(), change.pairable(), change.first().get(0), change.second().get(0));
    }
}
