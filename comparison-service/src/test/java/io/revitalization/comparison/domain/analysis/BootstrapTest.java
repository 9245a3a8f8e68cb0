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
    private static final ToDoubleBiFunction<List<CodedUnit>, List<CodedUnit>> MEAN_DIFFERENCE =
            (a, b) -> OrdinalSummary.of(a, FIVE_LEVELS).mean() - OrdinalSummary.of(b, FIVE_LEVELS).mean();

    private final List<CodedUnit> first = sample("jp", new double[] {0.1, 0.2, 0.3, 0.2, 0.2}, 30, new SplittableRandom(1));
    private final List<CodedUnit> second = sample("tw", new double[] {0.3, 0.3, 0.2, 0.1, 0.1}, 30, new SplittableRandom(2));

    @Test
    void sameSeedGivesTheSameIntervalWhateverTheInputOrder() {
        List<CodedUnit> shuffled = new ArrayList<>(first);
        Collections.shuffle(shuffled, new java.util.Random(7));

        ConfidenceInterval once = new Bootstrap(1000, 0.95, 42).interval(first, second, MEAN_DIFFERENCE);
        ConfidenceInterval again = new Bootstrap(1000, 0.95, 42).interval(shuffled, second, MEAN_DIFFERENCE);

        assertThat(again).isEqualTo(once);
    }

    @Test
    void otherSeedsGiveOtherIntervals() {
        ConfidenceInterval reference = new Bootstrap(1000, 0.95, 42).interval(first, second, MEAN_DIFFERENCE);

        List<ConfidenceInterval> others = LongStream.rangeClosed(43, 46)
                .mapToObj(seed -> new Bootstrap(1000, 0.95, seed).interval(first, second, MEAN_DIFFERENCE))
                .toList();

        assertThat(others).anySatisfy(other -> assertThat(other).isNotEqualTo(reference));
    }

    @Test
    void intervalContainsThePointEstimateAndWidensWithTheLevel() {
        double estimate = MEAN_DIFFERENCE.applyAsDouble(first, second);

        ConfidenceInterval ninetyFive = new Bootstrap(1000, 0.95, 42).interval(first, second, MEAN_DIFFERENCE);
        ConfidenceInterval eighty = new Bootstrap(1000, 0.80, 42).interval(first, second, MEAN_DIFFERENCE);

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
            if (new Bootstrap(500, 0.95, trial).interval(a, b, MEAN_DIFFERENCE).contains(trueDifference)) {
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

        ConfidenceInterval unitsDrawn = new Bootstrap(200, 0.95, 1)
                .interval(twoCodersPerCase, second, (a, b) -> a.size());

        assertThat(unitsDrawn).isEqualTo(new ConfidenceInterval(0.95, 12, 12));
    }

    @Test
    void refusesEmptyGroupsAndImpossibleSettings() {
        Bootstrap bootstrap = Bootstrap.defaults();
        assertThatThrownBy(() -> bootstrap.interval(List.of(), second, MEAN_DIFFERENCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty first group");
        assertThatThrownBy(() -> new Bootstrap(0, 0.95, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bootstrap(1000, 1.0, 1)).isInstanceOf(IllegalArgumentException.class);
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
