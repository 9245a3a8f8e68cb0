package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.revitalization.comparison.domain.analysis.Trend.Verdict;
import io.revitalization.comparison.domain.analysis.Trend.YearValue;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.util.DoubleComparator;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void handComputedConvergingSeries() {
        // x − 2023 = −2..2, Sxx = 10; y = 0.50, 0.42, 0.37, 0.30, 0.21, mean 0.36;
        // Sxy = −2·0.14 − 1·0.06 + 0 + 1·(−0.06) + 2·(−0.15) = −0.70 → slope −0.07.
        // Residuals 0, −0.01, 0.01, 0.01, −0.01: SSE = 0.0004, s² = 0.0004/3, SE = √(s²/10) = 0.0036515;
        // t(0.975, 3) = 3.182446 → half-width 0.0116207 → [−0.0816207, −0.0583793].
        Trend trend = Trend.ofSeries(series(0.50, 0.42, 0.37, 0.30, 0.21), 0.95);

        assertThat(trend.slope()).isCloseTo(-0.07, within(1e-12));
        assertThat(trend.slopeInterval().lower()).isCloseTo(-0.0816207, within(1e-6));
        assertThat(trend.slopeInterval().upper()).isCloseTo(-0.0583793, within(1e-6));
        assertThat(trend.verdict()).isEqualTo(Verdict.CONVERGING);
    }

    @Test
    void growingGapDiverges() {
        assertThat(Trend.ofSeries(series(0.10, 0.18, 0.27, 0.33, 0.45), 0.95).verdict()).isEqualTo(Verdict.DIVERGING);
    }

    @Test
    void noisyFlatGapIsInconclusive() {
        assertThat(Trend.ofSeries(series(0.30, 0.40, 0.28, 0.41, 0.31), 0.95).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void fewerThanThreeYearsIsInsufficient() {
        Trend two = Trend.ofSeries(series(0.5, 0.3), 0.95);
        Trend none = Trend.ofSeries(List.of(), 0.95);

        assertThat(two.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(two.slope()).isCloseTo(-0.2, within(1e-12));
        assertThat(two.slopeInterval()).isNull();
        assertThat(none.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(none.slope()).isNull();
    }

    @Test
    void trendOverGroupComparisonsUsesOnlySufficientYears() {
        // Japan stays at "network"; year by year more Taiwanese cases reach "network" (the others are at "project"),
        // so the gap shrinks; 2022 has too few Taiwanese cases and is left out.
        // Mean gaps in 2021, 2023, 2024, 2025: 4 − 1 = 3, 4 − 2.2 = 1.8, 4 − 2.8 = 1.2, 4 − 3.4 = 0.6.
        CodeScale stage = CodeScale.ordinal("project", "model", "system", "network");
        List<CodedUnit> japan = new ArrayList<>();
        List<CodedUnit> taiwan = new ArrayList<>();
        int[] taiwanCases = {5, 2, 5, 5, 5};
        int[] taiwanAtNetwork = {0, 1, 2, 3, 4};
        for (int y = 0; y < taiwanCases.length; y++) {
            for (int c = 0; c < 5; c++) {
                japan.add(new CodedUnit("jp" + c, 2021 + y, List.of("network")));
            }
            for (int c = 0; c < taiwanCases[y]; c++) {
                taiwan.add(new CodedUnit("tw" + c, 2021 + y, List.of(c < taiwanAtNetwork[y] ? "network" : "project")));
            }
        }
        List<GroupDistance> yearly = GroupComparison.byYear(stage, new Group("JP", japan), new Group("TW", taiwan),
                new YearRange(2021, 2025), new ComparisonSettings(MinimumSample.DEFAULT, new Bootstrap(200, 0.95, 3)));

        Trend distance = Trend.of(yearly, Trend.Gap.JENSEN_SHANNON_DISTANCE, 0.95);
        Trend means = Trend.of(yearly, Trend.Gap.ABSOLUTE_MEAN_DIFFERENCE, 0.95);

        assertThat(distance.excludedYears()).containsExactly(2022);
        assertThat(distance.points()).extracting(YearValue::year).containsExactly(2021, 2023, 2024, 2025);
        assertThat(distance.verdict()).isEqualTo(Verdict.CONVERGING);
        assertThat(means.verdict()).isEqualTo(Verdict.CONVERGING);
        assertThat(means.points()).extracting(YearValue::value)
                .usingElementComparator(new DoubleComparator(1e-12)).containsExactly(3.0, 1.8, 1.2, 0.6);
        assertThat(means.slope()).isCloseTo(-0.6, within(1e-9));
    }

    @Test
    void refusesTwoValuesForOneYear() {
        assertThatThrownBy(() -> Trend.ofSeries(List.of(new YearValue(2021, 0.1), new YearValue(2021, 0.2)), 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one value per year");
    }

    private static List<YearValue> series(double... values) {
        List<YearValue> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new YearValue(2021 + i, values[i]));
        }
        return points;
    }
}
