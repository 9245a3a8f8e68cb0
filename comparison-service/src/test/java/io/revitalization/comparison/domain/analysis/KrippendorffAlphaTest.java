package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    private static final CodeScale ONE_TO_FIVE = CodeScale.ordinal("1", "2", "3", "4", "5");

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: four observers, twelve units,
     * values 1–5, missing data ('.'); unit 12 has a single value and is not pairable.
     */
    private static final String[] EXAMPLE_C = {
            "1 2 3 3 2 1 4 1 2 . . .",
            "1 2 3 3 2 2 4 1 2 5 . 3",
            ". 3 3 3 2 3 4 2 2 5 1 .",
            "1 2 3 3 2 4 4 1 2 5 1 ."};

    @Test
    void publishedExampleWithMissingData() {
        List<Coding> codings = codings(EXAMPLE_C);

        KrippendorffAlpha.Result nominal = KrippendorffAlpha.nominal(codings);
        KrippendorffAlpha.Result ordinal = KrippendorffAlpha.ordinal(codings, ONE_TO_FIVE);
        KrippendorffAlpha.Result interval = KrippendorffAlpha.interval(codings, ONE_TO_FIVE);

        assertThat(nominal.alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(ordinal.alpha()).isCloseTo(0.815, within(0.0005));
        assertThat(interval.alpha()).isCloseTo(0.849, within(0.0005));
        assertThat(nominal.pairableUnits()).isEqualTo(11);
        assertThat(nominal.pairableValues()).isEqualTo(40);
        assertThat(nominal.coders()).containsExactly("coder1", "coder2", "coder3", "coder4");
    }

    @Test
    void publishedBinaryExampleWithTwoObservers() {
        // Krippendorff (2011), example A: α = 0.095
        List<Coding> codings = codings("0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0");

        assertThat(KrippendorffAlpha.nominal(codings).alpha()).isCloseTo(0.095, within(0.0005));
    }

    @Test
    void publishedNominalExampleWithTwoObservers() {
        // Krippendorff (2011), example B: α = 0.692
        List<Coding> codings = codings("a a b b d c c c e d d a", "b a b b b c c c e d d d");

        assertThat(KrippendorffAlpha.nominal(codings).alpha()).isCloseTo(0.692, within(0.0005));
    }

    @Test
    void handComputedSmallCase() {
        // Units: (x, x), (x, y), (y, y). Coincidences: o_xx = 2, o_xy = o_yx = 1, o_yy = 2; n_x = n_y = 3, n = 6.
        // Nominal: D_o = (1 + 1) / 6 = 1/3; D_e = (3·3 + 3·3) / (6·5) = 18/30 = 3/5; α = 1 − (1/3)/(3/5) = 4/9.
        List<Coding> codings = codings("x x y", "x y y");

        KrippendorffAlpha.Result result = KrippendorffAlpha.nominal(codings);

        assertThat(result.alpha()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(result.observedDisagreement()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(result.expectedDisagreement()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void handComputedOrdinalCaseWeighsDistanceByTheValuesBetween() {
        // Scale low < mid < high; units (low, low), (low, high), (high, high), (mid, mid).
        // o: low-low 2, low-high 1, high-low 1, high-high 2, mid-mid 2; n_low = 3, n_mid = 2, n_high = 3, n = 8.
        // δ²(low, high) = (3 + 2 + 3 − (3 + 3)/2)² = 25; δ²(low, mid) = (3 + 2 − 5/2)² = 6.25 = δ²(mid, high).
        // D_o ∝ Σ o·δ² = 2·25 = 50; D_e ∝ Σ n_c n_k δ² = 2·(3·3·25 + 3·2·6.25 + 2·3·6.25) = 2·(225 + 75) = 600.
        // α = 1 − (n − 1)·50/600 = 1 − 7·50/600 = 0.416667.
        CodeScale scale = CodeScale.ordinal("low", "mid", "high");
        List<Coding> codings = codings("low low high mid", "low high high mid");

        assertThat(KrippendorffAlpha.ordinal(codings, scale).alpha()).isCloseTo(1 - 7 * 50.0 / 600, within(1e-12));
    }

    @Test
    void multiValuedCodingsAgreeOnlyOnIdenticalCodeSets() {
        List<Coding> codings = List.of(
                new Coding("u1", 2021, "lin", List.of("memory", "empathy")),
                new Coding("u1", 2021, "sato", List.of("empathy", "memory")),
                new Coding("u2", 2021, "lin", List.of("network")),
                new Coding("u2", 2021, "sato", List.of("network")),
                new Coding("u3", 2021, "lin", List.of("network", "memory")),
                new Coding("u3", 2021, "sato", List.of("network")));

        // values {empathy, memory}, {network}, {memory, network}: o has u1 2 on {e,m}, u2 2 on {n}, u3 1 off-diagonal
        // pair; n_em = 2, n_n = 3, n_mn = 1, n = 6; D_o = 2/6; D_e = (36 − 4 − 9 − 1)/30 = 22/30; α = 1 − (1/3)/(22/30).
        assertThat(KrippendorffAlpha.nominal(codings).alpha()).isCloseTo(1 - (1.0 / 3) / (22.0 / 30), within(1e-12));
    }

    @Test
    void undefinedWithoutVariationOrWithoutPairableValues() {
        KrippendorffAlpha.Result noVariation = KrippendorffAlpha.nominal(codings("x x x", "x x x"));
        KrippendorffAlpha.Result onlyOneCoder = KrippendorffAlpha.nominal(codings("x y z"));
        KrippendorffAlpha.Result nothing = KrippendorffAlpha.nominal(List.of());

        assertThat(noVariation.alpha()).isNull();
        assertThat(noVariation.observedDisagreement()).isZero();
        assertThat(onlyOneCoder.alpha()).isNull();
        assertThat(onlyOneCoder.pairableUnits()).isZero();
        assertThat(nothing.alpha()).isNull();
        assertThat(nothing.pairableValues()).isZero();
    }

    @Test
    void orderedMetricsNeedAnOrdinalScaleAndSingleCodes() {
        assertThatThrownBy(() -> KrippendorffAlpha.ordinal(codings("x"), CodeScale.nominal("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ordinal scale");
        List<Coding> twoCodes = List.of(new Coding("u1", 2021, "lin", List.of("1", "2")));
        assertThatThrownBy(() -> KrippendorffAlpha.ordinal(twoCodes, ONE_TO_FIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one code");
    }

    /** One row per coder, one whitespace-separated value per unit, '.' for missing. */
    static List<Coding> codings(String... rows) {
        List<Coding> codings = new ArrayList<>();
        for (int coder = 0; coder < rows.length; coder++) {
            String[] values = rows[coder].split(" ");
            for (int unit = 0; unit < values.length; unit++) {
                if (!values[unit].equals(".")) {
                    codings.add(new Coding("unit" + (unit + 1), 2021, "coder" + (coder + 1), List.of(values[unit])));
                }
            }
        }
        return codings;
    }
}
