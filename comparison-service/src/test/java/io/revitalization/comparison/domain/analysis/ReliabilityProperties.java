package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReliabilityProperties {

    private static final CodeScale SCALE = CodeScale.ordinal("a", "b", "c", "d");

    /** One unit: the code each of its coders gave (null = coder skipped the unit). */
    record Unit(List<String> codesByCoder) {
    }

    @Property
    void alphaIsOneForPerfectAgreementWithVariation(@ForAll("agreeingUnits") List<Unit> units) {
        List<Coding> codings = codingsOf(units);
        long distinctPairableValues = units.stream()
                .filter(unit -> unit.codesByCoder().stream().filter(code -> code != null).count() >= 2)
                .map(unit -> unit.codesByCoder().stream().filter(code -> code != null).findFirst().orElseThrow())
                .distinct().count();

        KrippendorffAlpha.Result nominal = KrippendorffAlpha.nominal(codings);
        KrippendorffAlpha.Result ordinal = KrippendorffAlpha.ordinal(codings, SCALE);

        if (distinctPairableValues >= 2) {
            assertThat(nominal.alpha()).isCloseTo(1.0, within(1e-12));
            assertThat(ordinal.alpha()).isCloseTo(1.0, within(1e-12));
        } else {
            assertThat(nominal.alpha()).isNull();
            assertThat(ordinal.alpha()).isNull();
        }
        assertThat(PercentAgreement.pairwise(codings).pairs())
                .allSatisfy(pair -> assertThat(pair.share()).isIn(1.0, null));
    }

    @Property
    void alphaIsAtMostOne(@ForAll("anyUnits") List<Unit> units) {
        List<Coding> codings = codingsOf(units);

        Double nominal = KrippendorffAlpha.nominal(codings).alpha();
        Double ordinal = KrippendorffAlpha.ordinal(codings, SCALE).alpha();

        assertThat(nominal == null || nominal <= 1 + 1e-12).isTrue();
        assertThat(ordinal == null || ordinal <= 1 + 1e-12).isTrue();
    }

    @Property
    void percentAgreementLiesBetweenZeroAndOne(@ForAll("anyUnits") List<Unit> units) {
        PercentAgreement.Result result = PercentAgreement.pairwise(codingsOf(units));

        assertThat(result.pairs()).allSatisfy(pair -> {
            assertThat(pair.agreements()).isBetween(0, pair.unitsCodedByBoth());
            if (pair.share() != null) {
                assertThat(pair.share()).isBetween(0.0, 1.0);
            }
        });
        if (result.overallShare() != null) {
            assertThat(result.overallShare()).isBetween(0.0, 1.0);
        }
    }

    @Provide
    Arbitrary<List<Unit>> agreeingUnits() {
        Arbitrary<Unit> unit = Combinators.combine(code(), Arbitraries.integers().between(0, 15))
                .as((code, skipped) -> {
                    List<String> byCoder = new ArrayList<>();
                    for (int coder = 0; coder < 4; coder++) {
                        byCoder.add((skipped & (1 << coder)) != 0 ? null : code);
                    }
                    return new Unit(byCoder);
                });
        return unit.list().ofMinSize(1).ofMaxSize(15);
    }

    @Provide
    Arbitrary<List<Unit>> anyUnits() {
        Arbitrary<String> maybeCode = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, code()), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        return maybeCode.list().ofSize(3).map(Unit::new).list().ofMinSize(1).ofMaxSize(15);
    }

    private static Arbitrary<String> code() {
        return Arbitraries.of(SCALE.codes());
    }

    private static List<Coding> codingsOf(List<Unit> units) {
        List<Coding> codings = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            List<String> byCoder = units.get(u).codesByCoder();
            for (int coder = 0; coder < byCoder.size(); coder++) {
                if (byCoder.get(coder) != null) {
                    codings.add(new Coding("unit" + u, 2021, "coder" + coder, List.of(byCoder.get(coder))));
                }
            }
        }
        return codings;
    }
}
