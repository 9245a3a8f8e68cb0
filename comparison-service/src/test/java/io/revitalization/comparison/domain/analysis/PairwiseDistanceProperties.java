package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Comparing any number of groups pairwise agrees with comparing each pair on its own. */
class PairwiseDistanceProperties {
    private static final CodeScale STAGE = CodeScale.ordinal("p", "m", "s", "n");
    private static final YearRange YEARS = new YearRange(2021, 2023);
    private static final ComparisonSettings SETTINGS = new ComparisonSettings(new MinimumSample(2),
            new Bootstrap(20, 0.95, 7));

    @Property(tries = 60)
    void everyPairOnceInTheGroupsOrder(@ForAll("groups") List<Group> groups) {
        List<GroupComparison.PairDistances> pairs = GroupComparison.pairwise(STAGE, groups, YEARS, SETTINGS);

        assertThat(pairs).hasSize(groups.size() * (groups.size() - 1) / 2);
        Set<Set<String>> seen = new HashSet<>();
        for (GroupComparison.PairDistances pair : pairs) {
            assertThat(indexOf(groups, pair.first())).isLessThan(indexOf(groups, pair.second()));
            assertThat(seen.add(Set.of(pair.first(), pair.second()))).isTrue();
        }
    }

    @Property(tries = 60)
    void eachPairIsTheTwoGroupComparison(@ForAll("groups") List<Group> groups) {
        List<GroupComparison.PairDistances> pairs = GroupComparison.pairwise(STAGE, groups, YEARS, SETTINGS);

        for (GroupComparison.PairDistances pair : pairs) {
            Group first = groups.get(indexOf(groups, pair.first()));
            Group second = groups.get(indexOf(groups, pair.second()));
            assertThat(pair.byYear()).isEqualTo(GroupComparison.byYear(STAGE, first, second, YEARS, SETTINGS));
        }
    }

    @Property(tries = 60)
    void theMatrixIsSymmetricWithZeroOnTheDiagonalOfGroupsWithCases(@ForAll("groups") List<Group> groups) {
        List<String> labels = groups.stream().map(Group::label).toList();
        List<DistanceMatrix> matrices = DistanceMatrix.byYear(labels,
                GroupComparison.pairwise(STAGE, groups, YEARS, SETTINGS), SETTINGS.minimumSample());

        assertThat(matrices).extracting(DistanceMatrix::year).containsExactlyElementsOf(YEARS.years());
        for (DistanceMatrix matrix : matrices) {
            List<List<Double>> cells = matrix.jensenShannonDistance();
            for (int i = 0; i < groups.size(); i++) {
                List<CodedUnit> units = unitsIn(groups.get(i), matrix.year());
                assertThat(cells.get(i).get(i)).isEqualTo(units.isEmpty() ? null : 0.0);
                assertThat(matrix.insufficient().get(i)).isEqualTo(units.size() < 2);
                for (int j = 0; j < groups.size(); j++) {
                    assertThat(cells.get(i).get(j)).isEqualTo(cells.get(j).get(i));
                    List<CodedUnit> others = unitsIn(groups.get(j), matrix.year());
                    if (i != j && !units.isEmpty() && !others.isEmpty()) {
                        assertThat(cells.get(i).get(j)).isEqualTo(JensenShannon.distance(
                                Distribution.of(units, STAGE), Distribution.of(others, STAGE)));
                    } else if (i != j) {
                        assertThat(cells.get(i).get(j)).isNull();
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Group>> groups() {
        Arbitrary<CodedUnit> unit = Arbitraries.integers().between(0, 5).flatMap(caseNumber ->
                Arbitraries.integers().between(2021, 2023).flatMap(year ->
                        Arbitraries.of(STAGE.codes()).map(code ->
                                new CodedUnit("case-" + caseNumber, year, List.of(code)))));
        Arbitrary<List<CodedUnit>> units = unit.list().ofMaxSize(12)
                .map(PairwiseDistanceProperties::oneUnitPerCaseYear);
        return units.list().ofMinSize(2).ofMaxSize(4).map(lists -> {
            List<Group> groups = new ArrayList<>();
            for (int i = 0; i < lists.size(); i++) {
                List<CodedUnit> prefixed = new ArrayList<>();
                for (CodedUnit codedUnit : lists.get(i)) {
                    prefixed.add(new CodedUnit("g" + i + "-" + codedUnit.caseId(), codedUnit.year(),
                            codedUnit.codes()));
                }
                groups.add(new Group("G" + i, prefixed));
            }
            return groups;
        });
    }

    private static List<CodedUnit> oneUnitPerCaseYear(List<CodedUnit> units) {
        Set<String> seen = new HashSet<>();
        return units.stream().filter(unit -> seen.add(unit.caseId() + "@" + unit.year())).toList();
    }

    private static List<CodedUnit> unitsIn(Group group, int year) {
        return group.units().stream().filter(unit -> unit.year() == year).toList();
    }

    private static int indexOf(List<Group> groups, String label) {
        return groups.stream().map(Group::label).toList().indexOf(label);
    }
}
