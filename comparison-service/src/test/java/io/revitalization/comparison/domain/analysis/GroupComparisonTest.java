package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupComparisonTest {

    private static final CodeScale STAGE = CodeScale.ordinal("project", "model", "system", "network");
    private static final CodeScale VALUES = CodeScale.nominal("relationship-population", "memory-empathy", "sdgs");
    private static final ComparisonSettings SETTINGS = new ComparisonSettings(MinimumSample.DEFAULT, new Bootstrap(500, 0.95, 7));

    @Test
    void identicalGroupsAreZeroApartAndDisjointGroupsOneApart() {
        Group japan = group("JP", 2022, "relationship-population", "relationship-population", "memory-empathy",
                "sdgs", "sdgs");
        Group taiwanLikeJapan = group("TW", 2022, "sdgs", "relationship-population", "sdgs", "memory-empathy",
                "relationship-population");
        Group taiwanApart = group("TW", 2022, "memory-empathy", "memory-empathy", "memory-empathy",
                "memory-empathy", "memory-empathy");
        Group japanApart = group("JP", 2022, "sdgs", "sdgs", "relationship-population", "sdgs", "sdgs");

        GroupDistance same = GroupComparison.inYear(VALUES, japan, taiwanLikeJapan, 2022, SETTINGS);
        GroupDistance apart = GroupComparison.inYear(VALUES, japanApart, taiwanApart, 2022, SETTINGS);

        assertThat(same.jensenShannonDistance().value()).isZero();
        assertThat(same.jensenShannonDistance().interval().contains(0)).isTrue();
        assertThat(apart.jensenShannonDistance().value()).isCloseTo(1.0, within(1e-12));
        assertThat(same.meanDifference()).isNull();
        assertThat(same.insufficient()).isFalse();
    }

    @Test
    void reportsNAndCaseIdsPerGroup() {
        GroupDistance result = GroupComparison.inYear(VALUES, group("JP", 2022, "sdgs", "sdgs", "sdgs", "sdgs", "sdgs"),
                group("TW", 2022, "sdgs", "memory-empathy", "memory-empathy", "sdgs", "sdgs", "sdgs"), 2022, SETTINGS);

        assertThat(result.first().label()).isEqualTo("JP");
        assertThat(result.first().distribution().n()).isEqualTo(5);
        assertThat(result.second().distribution().n()).isEqualTo(6);
        assertThat(result.second().distribution().caseIds()).containsExactly("TW-0", "TW-1", "TW-2", "TW-3", "TW-4", "TW-5");
        assertThat(result.second().distribution().shares().get(1).caseIds()).containsExactly("TW-1", "TW-2");
    }

    @Test
    void ordinalDifferencesOfMeansAndMedians() {
        // JP positions 3, 3, 4, 4, 4: mean 3.6, median 4. TW positions 1, 2, 2, 3, 4: mean 2.4, median 2.
        Group japan = group("JP", 2023, "system", "system", "network", "network", "network");
        Group taiwan = group("TW", 2023, "project", "model", "model", "system", "network");

        GroupDistance result = GroupComparison.inYear(STAGE, japan, taiwan, 2023, SETTINGS);

        assertThat(result.first().ordinal().mean()).isCloseTo(3.6, within(1e-12));
        assertThat(result.second().ordinal().median()).isEqualTo(2.0);
        assertThat(result.meanDifference().value()).isCloseTo(1.2, within(1e-12));
        assertThat(result.medianDifference().value()).isEqualTo(2.0);
        assertThat(result.meanDifference().interval().contains(1.2)).isTrue();
        assertThat(result.meanDifference().interval().lower()).isGreaterThan(0);
    }

    @Test
    void flagsYearsBelowTheMinimumSampleAndLeavesEmptyYearsWithoutEstimates() {
        Group japan = new Group("JP", concat(group("JP", 2021, "model", "model", "system", "system").units(),
                group("JP", 2022, "model", "model", "system", "system", "network").units()));
        Group taiwan = new Group("TW", concat(group("TW", 2021, "project", "project", "model", "model", "model").units(),
                group("TW", 2022, "project", "model", "model", "system", "system").units()));

        List<GroupDistance> years = GroupComparison.byYear(STAGE, japan, taiwan, new YearRange(2021, 2023), SETTINGS);

        assertThat(years).extracting(GroupDistance::year).containsExactly(2021, 2022, 2023);
        assertThat(years).extracting(GroupDistance::insufficient).containsExactly(true, false, true);
        assertThat(years.get(0).jensenShannonDistance()).isNotNull();
        GroupDistance empty = years.get(2);
        assertThat(empty.first().distribution().n()).isZero();
        assertThat(empty.first().ordinal()).isNull();
        assertThat(empty.jensenShannonDistance()).isNull();
        assertThat(empty.meanDifference()).isNull();

        ComparisonSettings lenient = new ComparisonSettings(new MinimumSample(4), SETTINGS.bootstrap());
        assertThat(GroupComparison.inYear(STAGE, japan, taiwan, 2021, lenient).insufficient()).isFalse();
    }

    @Test
    void refusesCodesOutsideTheScale() {
        Group japan = group("JP", 2021, "model", "galaxy");

        assertThatThrownBy(() -> GroupComparison.byYear(STAGE, japan, japan, new YearRange(2021, 2021), SETTINGS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'galaxy' is not in the scale");
        assertThatThrownBy(() -> new YearRange(2025, 2021)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MinimumSample(0)).isInstanceOf(IllegalArgumentException.class);
    }

    static Group group(String label, int year, String... codes) {
        List<CodedUnit> units = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            units.add(new CodedUnit(label + "-" + i, year, List.of(codes[i])));
        }
        return new Group(label, units);
    }

    private static List<CodedUnit> concat(List<CodedUnit> first, List<CodedUnit> second) {
        List<CodedUnit> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
