package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's bootstrap on his published example C (2011, "Computing Krippendorff's Alpha-Reliability": four
 * observers, twelve units, interval alpha 0.849). No published KALPHA interval of these data is at hand, so the
 * replicates are checked against what the procedure implies exactly: a replicate is 1 − (mean of M drawn pair
 * differences)/D<sub>e</sub>, so their mean is alpha and their standard deviation sqrt(Var(δ²)/M)/D<sub>e</sub>,
 * with M = min(25q, (m − 1)n/2) = (4 − 1)·40/2 = 60 here.
 */
class PairBootstrapTest {
    private static final String[] EXAMPLE_C = {
            "1 2 3 3 2 1 4 1 2 . . .",
            "1 2 3 3 2 2 4 1 2 5 . 3",
            ". 3 3 3 2 3 4 2 2 5 1 .",
            "1 2 3 3 2 4 4 1 2 5 1 ."};
    private static final CodeScale ONE_TO_FIVE = CodeScale.ordinal("1", "2", "3", "4", "5");
    private static final double[] VALUES = {1, 2, 3, 4, 5};
    private static final int REPLICATES = 20_000;

    @Test
    void theReplicatesOfExampleCCentreOnAlphaWithTheSpreadOfSixtyDrawnPairs() {
        Coincidences coincidences = KrippendorffAlpha.coincidences(KrippendorffAlpha.Metric.INTERVAL, exampleC(),
                ONE_TO_FIVE, VALUES);
        assertThat(coincidences.alpha().alpha()).isCloseTo(0.849, within(0.0005));

        double[] replicates = PairBootstrap.replicates(new Bootstrap(REPLICATES, 0.95, 2011), coincidences);

        double mean = Arrays.stream(replicates).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(replicates).map(a -> (a - mean) * (a - mean)).sum() / (REPLICATES - 1));
        double expectedSd = Math.sqrt(pairDifferenceVariance(coincidences) / 60)
                / coincidences.alpha().expectedDisagreement();
        // Monte Carlo error of the mean: sd / sqrt(20000) < 0.001; of the standard deviation about 0.5 %
        assertThat(mean).isCloseTo(coincidences.alpha().alpha(), within(0.004));
        assertThat(sd).isCloseTo(expectedSd, within(expectedSd * 0.03));
    }

    @Test
    void theIntervalIsReadAtKalphasOrderStatisticsAndIsSeeded() {
        Coincidences coincidences = KrippendorffAlpha.coincidences(KrippendorffAlpha.Metric.NOMINAL, exampleC(),
                null, null);
        Bootstrap settings = new Bootstrap(1000, 0.95, 5);
        double[] sorted = PairBootstrap.replicates(settings, coincidences);
        Arrays.sort(sorted);

        ConfidenceInterval interval = PairBootstrap.interval(settings, coincidences);

        // the 25th and the 976th of 1000
        assertThat(interval.lower()).isEqualTo(sorted[24]);
        assertThat(interval.upper()).isEqualTo(sorted[975]);
        assertThat(interval.contains(0.743)).isTrue();
        assertThat(PairBootstrap.interval(settings, coincidences)).isEqualTo(interval);
        assertThat(PairBootstrap.interval(new Bootstrap(1000, 0.95, 6), coincidences)).isNotEqualTo(interval);
    }

    /** Var(δ²) of one drawn pair: pairs c ≤ k with probability o_cc/n on the diagonal and 2·o_ck/n off it. */
    private static double pairDifferenceVariance(Coincidences coincidences) {
        double n = coincidences.pairableValues();
        double mean = 0;
        double square = 0;
        for (int c = 0; c < coincidences.matrix().length; c++) {
            for (int k = c; k < coincidences.matrix().length; k++) {
                double p = (c == k ? 1 : 2) * coincidences.matrix()[c][k] / n;
                double d = coincidences.differences()[c][k];
                mean += p * d;
                square += p * d * d;
            }
        }
        return square - mean * mean;
    }

    private static List<Coding> exampleC() {
        List<Coding> codings = new ArrayList<>();
        for (int observer = 0; observer < EXAMPLE_C.length; observer++) {
            String[] values = EXAMPLE_C[observer].split(" ");
            for (int unit = 0; unit < values.length; unit++) {
                if (!values[unit].equals(".")) {
                    codings.add(new Coding("unit" + unit, 2021, "observer" + observer, List.of(values[unit])));
                }
            }
        }
        return codings;
    }
}
