package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static final CodeScale FIVE_LEVELS = CodeScale.ordinal("1", "2", "3", "4", "5");
    private static final ToDoubleBiFunction<double[], double[]> MEAN_DIFFERENCE =
            (a, b) -> OrdinalSummary.meanOfWeights(a) - OrdinalSummary.meanOfWeights(b);

    private final List<CodedUnit> first = sample("jp", new double[] {0.1, 0.2, 0.3, 0.2, 0.2}, 30, new SplittableRandom(1));
    private final List<CodedUnit> second = sample("tw", new double[] {0.3, 0.3, 0.2, 0.1, 0.1}, 30, new SplittableRandom(2));

    @Test
    void sameSeedGivesTheSameIntervalWhateverTheInputOrder() {
        List<CodedUnit> shuffled = new ArrayList<>(first);
        Collections.shuffle(shuffled, new java.util.Random(7));

        ConfidenceInterval once = interval(new Bootstrap(1000, 0.95, 42), first, second);
        ConfidenceInterval again = interval(new Bootstrap(1000, 0.95, 42), shuffled, second);

        assertThat(again).isEqualTo(once);
    }

    @Test
    void otherSeedsGiveOtherIntervals() {
        ConfidenceInterval reference = interval(new Bootstrap(1000, 0.95, 42), first, second);

        List<ConfidenceInterval> others = LongStream.rangeClosed(43, 46)
                .mapToObj(seed -> interval(new Bootstrap(1000, 0.95, seed), first, second))
                .toList();

        assertThat(others).anySatisfy(other -> assertThat(other).isNotEqualTo(reference));
    }

    @Test
    void intervalContainsThePointEstimateAndWidensWithTheLevel() {
        double estimate = OrdinalSummary.of(first, FIVE_LEVELS).mean() - OrdinalSummary.of(second, FIVE_LEVELS).mean();

        ConfidenceInterval ninetyFive = interval(new Bootstrap(1000, 0.95, 42), first, second);
        ConfidenceInterval eighty = interval(new Bootstrap(1000, 0.80, 42), first, second);

        assertThat(ninetyFive.contains(estimate)).isTrue();
        assertThat(ninetyFive.level()).isEqualTo(0.95);
        assertThat(ninetyFive.lower()).isLessThan(eighty.lower());
        assertThat(ninetyFive.upper()).isGreaterThan(eighty.upper());
    }

    @Test
    void coversTheTrueDifferenceAtRoughlyTheNominalRate() {
        // Population means: 0.1·1 + 0.2·2 + 0.3·3 + 0.2·4 + 0.2·5 = 3.2 and 0.3 + 0.6 + 0.6 + 0.4 + 0.5 = 2.4.
        double trueDifference = 3.2 - 2.4;
        SplittableRandom population = new SplittableRandom(99);
        int trials = 200;
        int covered = 0;
        for (int trial = 0; trial < trials; trial++) {
            List<CodedUnit> a = sample("jp", new double[] {0.1, 0.2, 0.3, 0.2, 0.2}, 30, population);
            List<CodedUnit> b = sample("tw", new double[] {0.3, 0.3, 0.2, 0.1, 0.1}, 30, population);
            if (interval(new Bootstrap(500, 0.95, trial), a, b).contains(trueDifference)) {
                covered++;
            }
        }
        assertThat(covered / (double) trials).isBetween(0.88, 0.99);
    }

    @Test
    void resamplesWholeCasesSoAllCodersOfACaseStayTogether() {
        List<CodedUnit> twoCodersPerCase = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            twoCodersPerCase.add(new CodedUnit("case" + i, 2022, List.of("1"), 0.5, List.of(), null));
            twoCodersPerCase.add(new CodedUnit("case" + i, 2022, List.of("2"), 0.5, List.of(), null));
        }

        // drawing units rather than cases would leave some replicates with more of one coder's code than the other's
        ConfidenceInterval shareOfFirstCode = new Bootstrap(200, 0.95, 1).intervalsOfProfiles(
                CaseProfiles.of(twoCodersPerCase, FIVE_LEVELS), CaseProfiles.of(second, FIVE_LEVELS),
                List.<ToDoubleBiFunction<double[], double[]>>of((a, b) -> a[0] / (a[0] + a[1]))).get(0);

        assertThat(shareOfFirstCode).isEqualTo(new ConfidenceInterval(0.95, 0.5, 0.5));
    }

    @Test
    void refusesEmptyGroupsAndImpossibleSettings() {
        Bootstrap bootstrap = Bootstrap.defaults();
        assertThatThrownBy(() -> interval(bootstrap, List.of(), second))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty first group");
        assertThatThrownBy(() -> new Bootstrap(0, 0.95, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bootstrap(1000, 1.0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsAsManyCasesAsTheGroupHasAndOnlyProfilesItHas() {
        CaseProfiles profiles = CaseProfiles.of(List.of(new CaseProfiles.Profile(new double[] {1, 0}, 70_000),
                new CaseProfiles.Profile(new double[] {0, 1}, 30_000), new CaseProfiles.Profile(new double[] {0, 0}, 0)));
        SplittableRandom random = new SplittableRandom(3);
        double firstShare = 0;
        for (int r = 0; r < 200; r++) {
            double[] drawn = profiles.resample(random);
            assertThat(drawn[0] + drawn[1]).isEqualTo(100_000);
            firstShare += drawn[0] / 100_000 / 200;
        }
        // sd of one replicate's share: sqrt(0.7 · 0.3 / 100,000) ≈ 0.0014
        assertThat(firstShare).isCloseTo(0.7, org.assertj.core.api.Assertions.within(0.001));
    }

    private static ConfidenceInterval interval(Bootstrap bootstrap, List<CodedUnit> a, List<CodedUnit> b) {
        return bootstrap.intervalsOfProfiles(CaseProfiles.of(a, FIVE_LEVELS), CaseProfiles.of(b, FIVE_LEVELS),
                List.of(MEAN_DIFFERENCE)).get(0);
    }

    /** n cases drawn from a distribution over the five levels. */
    static List<CodedUnit> sample(String prefix, double[] probabilities, int n, SplittableRandom random) {
        List<CodedUnit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double draw = random.nextDouble();
            int level = 0;
            for (double cumulative = probabilities[0]; draw > cumulative && level < probabilities.length - 1; ) {
                cumulative += probabilities[++level];
            }
            units.add(new CodedUnit(prefix + i, 2022, List.of(String.valueOf(level + 1))));
        }
        return units;
    }
}
