package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Krippendorff's bootstrap of alpha ({@link PairBootstrap}) on any reliability data of four coders. */
class PairBootstrapProperties {

    private static final CodeScale SCALE = CodeScale.ordinal("a", "b", "c", "d");
    private static final double[] VALUES = {1, 2, 3, 5};
    private static final Bootstrap SETTINGS = new Bootstrap(300, 0.95, 7);

    @Property
    void theIntervalOfPerfectAgreementContainsAlphaOne(@ForAll("agreeingUnits") List<List<String>> units) {
        for (KrippendorffAlpha.Metric metric : KrippendorffAlpha.Metric.values()) {
            Coincidences coincidences = KrippendorffAlpha.coincidences(metric, codingsOf(units), SCALE, values(metric));
            ConfidenceInterval interval = PairBootstrap.interval(SETTINGS, coincidences);
            if (coincidences.alpha().alpha() == null) {
                assertThat(interval).as("no variation: alpha and its interval are undefined").isNull();
            } else {
                assertThat(coincidences.alpha().alpha()).isEqualTo(1.0);
                assertThat(interval.contains(1.0)).isTrue();
                assertThat(interval.upper()).isEqualTo(1.0);
            }
        }
    }

    @Property
    void bootstrappedAlphasLieBetweenMinusOneAndOne(@ForAll("anyUnits") List<List<String>> units) {
        for (KrippendorffAlpha.Metric metric : KrippendorffAlpha.Metric.values()) {
            double[] replicates = PairBootstrap.replicates(SETTINGS,
                    KrippendorffAlpha.coincidences(metric, codingsOf(units), SCALE, values(metric)));
            if (replicates != null) {
                assertThat(Arrays.stream(replicates).boxed().toList())
                        .allSatisfy(alpha -> assertThat(alpha).isBetween(-1.0, 1.0));
            }
        }
    }

    @Property
    void theSameDataAndSeedGiveTheSameIntervalInAnyInputOrder(@ForAll("anyUnits") List<List<String>> units,
                                                               @ForAll @IntRange(max = 1000) int shuffle) {
        List<Coding> codings = codingsOf(units);
        List<Coding> shuffled = new ArrayList<>(codings);
        Collections.shuffle(shuffled, new Random(shuffle));
        for (KrippendorffAlpha.Metric metric : KrippendorffAlpha.Metric.values()) {
            ConfidenceInterval first = PairBootstrap.interval(SETTINGS,
                    KrippendorffAlpha.coincidences(metric, codings, SCALE, values(metric)));
            ConfidenceInterval again = PairBootstrap.interval(SETTINGS,
                    KrippendorffAlpha.coincidences(metric, shuffled, SCALE, values(metric)));
            assertThat(again).isEqualTo(first);
        }
    }

    @Property
    void aWiderLevelGivesAnIntervalThatHoldsTheNarrowerOne(@ForAll("anyUnits") List<List<String>> units) {
        Coincidences coincidences = KrippendorffAlpha.coincidences(KrippendorffAlpha.Metric.NOMINAL,
                codingsOf(units), SCALE, null);
        ConfidenceInterval narrow = PairBootstrap.interval(new Bootstrap(300, 0.8, 3), coincidences);
        ConfidenceInterval wide = PairBootstrap.interval(new Bootstrap(300, 0.99, 3), coincidences);
        if (narrow != null) {
            assertThat(wide.lower()).isLessThanOrEqualTo(narrow.lower());
            assertThat(wide.upper()).isGreaterThanOrEqualTo(narrow.upper());
        }
    }

    private static double[] values(KrippendorffAlpha.Metric metric) {
        return metric == KrippendorffAlpha.Metric.INTERVAL || metric == KrippendorffAlpha.Metric.RATIO
                ? VALUES : null;
    }

    @Provide
    Arbitrary<List<List<String>>> agreeingUnits() {
        return Arbitraries.of(SCALE.codes()).flatMap(code -> Arbitraries.integers().between(2, 4)
                .map(coders -> Collections.nCopies(coders, code))).list().ofMinSize(1).ofMaxSize(15);
    }

    @Provide
    Arbitrary<List<List<String>>> anyUnits() {
        Arbitrary<String> maybeCode = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(SCALE.codes())),
                Tuple.of(1, Arbitraries.just(null)));
        return maybeCode.list().ofSize(4).list().ofMinSize(1).ofMaxSize(15);
    }

    /** Unit u's i-th entry is coder i's code (null: skipped). */
    private static List<Coding> codingsOf(List<List<String>> units) {
        List<Coding> codings = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            for (int coder = 0; coder < units.get(u).size(); coder++) {
                String code = units.get(u).get(coder);
                if (code != null) {
                    codings.add(new Coding("unit" + u, 2021, "coder" + coder, List.of(code)));
                }
            }
        }
        return codings;
    }
}
