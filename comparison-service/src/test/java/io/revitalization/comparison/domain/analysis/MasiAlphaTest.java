package io.revitalization.comparison.domain.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MasiAlphaTest {
    private static final double EPSILON = 1e-12;

    @Test
    void masiDistanceGivesPartialCreditForOverlappingCodeSets() {
        assertThat(KrippendorffAlpha.masiDistance(List.of("a", "b"), List.of("a", "b"))).isZero();
        assertThat(KrippendorffAlpha.masiDistance(List.of("a"), List.of("a", "b")))
                .as("subset: 1 - 1/2 * 2/3").isCloseTo(2.0 / 3, within(EPSILON));
        assertThat(KrippendorffAlpha.masiDistance(List.of("a", "b"), List.of("b", "c")))
                .as("overlap: 1 - 1/3 * 1/3").isCloseTo(8.0 / 9, within(EPSILON));
        assertThat(KrippendorffAlpha.masiDistance(List.of("a"), List.of("b"))).isEqualTo(1.0);
    }

    @Test
    void masiAlphaCreditsANestedCodeSetWhereNominalAlphaCountsItWhollyWrong() {
        List<Coding> codings = List.of(
                new Coding("u1", 2024, "c1", List.of("a")), new Coding("u1", 2024, "c2", List.of("a")),
                new Coding("u2", 2024, "c1", List.of("a", "b")), new Coding("u2", 2024, "c2", List.of("a")),
                new Coding("u3", 2024, "c1", List.of("b")), new Coding("u3", 2024, "c2", List.of("b")));

        // code sets {a}: 3 values, {a,b}: 1, {b}: 2 (n = 6); one disputed unit {a,b} vs {a}
        // MASI: Do = 2 * 2/3 / 6 = 2/9; De = 2 (3*1*2/3 + 3*2*1 + 1*2*2/3) / 30 = 56/90; alpha = 1 - 20/56
        assertThat(KrippendorffAlpha.masi(codings).alpha()).isCloseTo(1 - 20.0 / 56, within(EPSILON));
        assertThat(KrippendorffAlpha.masi(codings).metric()).isEqualTo(KrippendorffAlpha.Metric.MASI);
        // nominal: Do = 2/6; De = 2 (3*1 + 3*2 + 1*2) / 30 = 22/30; alpha = 1 - 10/22
        assertThat(KrippendorffAlpha.nominal(codings).alpha()).isCloseTo(1 - 10.0 / 22, within(EPSILON));
    }

    @Test
    void theUnitBootstrapIsReproducibleAndSpreadsAroundAlpha() {
        List<Coding> codings = KrippendorffAlphaTest.codings(
                "1 2 3 3 2 1 4 1 2 . . .",
                "1 2 3 3 2 2 4 1 2 5 . 3",
                ". 3 3 3 2 3 4 2 2 5 1 .",
                "1 2 3 3 2 4 4 1 2 5 1 .");
        Bootstrap bootstrap = new Bootstrap(500, 0.95, 7);
        ConfidenceInterval interval = bootstrap.unitInterval(codings,
                resample -> KrippendorffAlpha.nominal(resample).alpha());

        assertThat(bootstrap.unitInterval(codings, resample -> KrippendorffAlpha.nominal(resample).alpha()))
                .isEqualTo(interval);
        assertThat(interval.contains(KrippendorffAlpha.nominal(codings).alpha())).isTrue();
        assertThat(interval.upper()).isLessThanOrEqualTo(1.0);
        assertThat(bootstrap.unitInterval(List.of(new Coding("u", 2024, "c1", List.of("a"))),
                resample -> 1.0)).as("nothing pairable to resample").isNull();
    }
}
