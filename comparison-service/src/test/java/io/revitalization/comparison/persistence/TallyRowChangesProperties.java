package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.persistence.TallyRepository.Change;
import io.revitalization.comparison.persistence.TallyRepository.UnitChanges;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
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
 * Applying the tally changes of many units summed per row ({@link TallyRowChanges}, as an import chunk does) leaves
 * the same tallies as applying each unit's changes one after the other (as a single coding does): a table model with
 * the statements' semantics (an upsert for gains, an update that must find its row for losses, empty rows dropped).
 */
class TallyRowChangesProperties {
    private static final UUID CODEBOOK = new UUID(1, 1);
    private static final List<GroupRef> GROUPS = List.of(new GroupRef(Grouping.COUNTRY, "JP"),
            new GroupRef(Grouping.COUNTRY, "TW"), new GroupRef(Grouping.PROGRAM, "P"));
    private static final List<String> CODES = List.of(TallyRepository.WHOLE, "A", "B", "C");
    private static final List<BigDecimal> WEIGHTS = List.of(new BigDecimal("1"), new BigDecimal("0.5"),
            new BigDecimal("0.3333333333"), new BigDecimal("0.25"));

    /** A unit's contribution: weight per (group, code) tally of its year. */
    private record Key(int year, String group, String code) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return toString().compareTo(other.toString());
        }
    }

    /** A tally row; its weight compared by value (a sum's scale depends on what was summed). */
    private record Row(BigDecimal weight, int cases) {
        Row {
            weight = weight.stripTrailingZeros();
        }
    }

    /**
     * @param rounds per round, for some units (a case and a year, each at most once a round): the indexes of the
     *               tallies it contributes to now and of their weights
     */
    @Property(tries = 300)
    void summedRowsLeaveTheTalliesOfUnitByUnit(@ForAll("rounds") List<Map<Integer, List<int[]>>> rounds) {
        Map<Integer, Map<Key, BigDecimal>> contributions = new HashMap<>();
        Map<Key, Row> oneByOne = new TreeMap<>();
        Map<Key, Row> summed = new TreeMap<>();
        for (Map<Integer, List<int[]>> round : rounds) {
            List<UnitChanges> units = new ArrayList<>();
            round.forEach((unitIndex, tallies) -> {
                int year = 2020 + unitIndex % 3;
                Map<Key, BigDecimal> now = new HashMap<>();
                for (int[] tally : tallies) {
                    now.put(new Key(year, GROUPS.get(tally[0]).key(), CODES.get(tally[1])), WEIGHTS.get(tally[2]));
                }
                Map<Key, BigDecimal> was = contributions.getOrDefault(unitIndex, Map.of());
                contributions.put(unitIndex, now);
                units.add(new UnitChanges(new UnitRef(CODEBOOK, 1, "d", new UUID(0, unitIndex), year),
                        unitChanges(was, now)));
            });
            units.forEach(unit -> unit.changes().forEach(change -> applyOne(oneByOne, key(unit.unit(), change),
                    change.weight(), change.cases(), change.cases() >= 0)));
            List<Key> taken = new ArrayList<>();
            for (TallyRowChanges.RowChange row : TallyRowChanges.netted(units)) {
                Key key = key(row.unit(), row.change());
                if (!row.onlyGains()) {
                    taken.add(key);
                }
                applySummed(summed, key, row.change().weight(), row.change().cases(), row.onlyGains());
            }
            taken.forEach(key -> summed.computeIfPresent(key, (k, row) -> row.cases() == 0 ? null : row));
            assertThat(summed).isEqualTo(oneByOne);
        }
    }

    @Provide
    Arbitrary<List<Map<Integer, List<int[]>>>> rounds() {
        Arbitrary<int[]> tally = Arbitraries.integers().between(0, GROUPS.size() - 1)
                .flatMap(group -> Arbitraries.integers().between(0, CODES.size() - 1)
                        .flatMap(code -> Arbitraries.integers().between(0, WEIGHTS.size() - 1)
                                .map(weight -> new int[] {group, code, weight})));
        Arbitrary<List<int[]>> contribution = tally.list().ofMaxSize(5)
                .map(TallyRowChangesProperties::oncePerTally);
        return Arbitraries.maps(Arbitraries.integers().between(0, 8), contribution).ofMaxSize(9).list().ofMaxSize(6);
    }

    private static List<int[]> oncePerTally(List<int[]> tallies) {
        Set<String> seen = new HashSet<>();
        return tallies.stream().filter(tally -> seen.add(tally[0] + "/" + tally[1])).toList();
    }

    /** What Tallies sends for a unit: per tally, the weight gained and whether the case joins or leaves. */
    private static List<Change> unitChanges(Map<Key, BigDecimal> was, Map<Key, BigDecimal> now) {
        Set<Key> keys = new HashSet<>(was.keySet());
        keys.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (Key key : keys) {
            BigDecimal weight = now.getOrDefault(key, BigDecimal.ZERO).subtract(was.getOrDefault(key, BigDecimal.ZERO));
            int cases = (now.containsKey(key) ? 1 : 0) - (was.containsKey(key) ? 1 : 0);
            if (cases != 0 || weight.signum() != 0) {
                GroupRef group = GROUPS.stream().filter(g -> g.key().equals(key.group())).findFirst().orElseThrow();
                changes.add(new Change("all", group, key.code(), weight, cases));
            }
        }
        return changes;
    }

    private static Key key(UnitRef unit, Change change) {
        return new Key(unit.year(), change.group().key(), change.code());
    }

    /** A unit's statements: an upsert for a gain, else an update that finds its row, then the row dropped if empty. */
    private static void applyOne(Map<Key, Row> table, Key key, BigDecimal weight, int cases, boolean upsert) {
        apply(table, key, weight, cases, upsert);
        if (!upsert && table.get(key).cases() == 0) {
            table.remove(key);
        }
    }

    private static void applySummed(Map<Key, Row> table, Key key, BigDecimal weight, int cases, boolean upsert) {
        apply(table, key, weight, cases, upsert);
    }

    private static void apply(Map<Key, Row> table, Key key, BigDecimal weight, int cases, boolean upsert) {
        Row held = table.get(key);
        if (held == null) {
            assertThat(upsert).as("a loss finds its tally " + key).isTrue();
            assertThat(cases).as("an inserted tally's cases").isGreaterThanOrEqualTo(0);
            assertThat(weight.signum()).as("an inserted tally's weight").isGreaterThanOrEqualTo(0);
            table.put(key, new Row(weight, cases));
        } else {
            Row after = new Row(held.weight().add(weight), held.cases() + cases);
            assertThat(after.cases()).as("cases of " + key).isGreaterThanOrEqualTo(0);
            table.put(key, after);
        }
    }
}
