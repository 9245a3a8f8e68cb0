package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.analysis.Bootstrap;
import io.revitalization.comparison.domain.analysis.CaseProfiles;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.ComparisonSettings;
import io.revitalization.comparison.domain.analysis.Estimate;
import io.revitalization.comparison.domain.analysis.Group;
import io.revitalization.comparison.domain.analysis.GroupComparison;
import io.revitalization.comparison.domain.analysis.GroupDistance;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.persistence.TallyRepository;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The distance read from tallies (each group-year's tally rows and case profiles, as the projection adds them case by
 * case in any order) equals the distance computed from the resolved units, estimates and bootstrap intervals alike,
 * whatever the coders (several per unit, weighted 1/c under "all"), the codes (several per unit on a multi-valued
 * scale), the selection and the seed.
 */
class TalliedDistanceProperties {
    private static final CodeScale ORDINAL = CodeScale.ordinal("a", "b", "c", "d");
    private static final CodeScale MULTI_VALUED = CodeScale.multiValued("a", "b", "c", "d");
    private static final int YEAR = 2023;

    @Property(tries = 200)
    void ordinalDistanceFromTalliesEqualsThatOfTheUnits(@ForAll("singleCodes") List<Coding> first,
                                                        @ForAll("singleCodes") List<Coding> second,
                                                        @ForAll("selections") CoderSelection selection,
                                                        @ForAll long seed) {
        assertSameDistance(ORDINAL, first, second, selection, new Bootstrap(200, 0.9, seed));
    }

    @Property(tries = 200)
    void multiValuedDistanceFromTalliesEqualsThatOfTheUnits(@ForAll("codeSets") List<Coding> first,
                                                            @ForAll("codeSets") List<Coding> second,
                                                            @ForAll("selections") CoderSelection selection,
                                                            @ForAll long seed) {
        assertSameDistance(MULTI_VALUED, first, second, selection, new Bootstrap(200, 0.95, seed));
    }

    /** Found by the property above: both groups' shares are {b: 2/3, c: 1/6, d: 1/6}, so the distance is 0. */
    @Example
    void identicalSharesMadeOfThirdsAreTheSameDistanceFromTalliesAsFromUnits() {
        List<Coding> first = List.of(coding("case-01", "b", "c"), coding("case-02", "b"), coding("case-03", "b", "d"));
        List<Coding> second = List.of(coding("case-01", "b"), coding("case-02", "b", "c", "d"));

        assertSameDistance(MULTI_VALUED, first, second, CoderSelection.majority(), new Bootstrap(200, 0.95, 0));
    }

    private static Coding coding(String caseId, String... codes) {
        return new Coding(caseId, YEAR, "c1", List.of(codes));
    }

    private static void assertSameDistance(CodeScale scale, List<Coding> first, List<Coding> second,
                                           CoderSelection selection, Bootstrap bootstrap) {
        ComparisonSettings settings = new ComparisonSettings(new MinimumSample(1), bootstrap);
        GroupDistance fromUnits = GroupComparison.inYear(scale, new Group("first", selection.resolve(first).units()),
                new Group("second", selection.resolve(second).units()), YEAR, settings);
        GroupDistance fromTallies = GroupComparison.inYear(scale, YEAR, tallied("first", first, selection, scale),
                tallied("second", second, selection, scale), settings);

        assertThat(fromTallies.insufficient()).isEqualTo(fromUnits.insufficient());
        assertThat(fromTallies.first().distribution().n()).isEqualTo(fromUnits.first().distribution().n());
        assertThat(fromTallies.first().distribution().caseIds()).isEqualTo(fromUnits.first().distribution().caseIds());
        assertThat(fromTallies.second().distribution().n()).isEqualTo(fromUnits.second().distribution().n());
        assertSame(fromTallies.jensenShannonDistance(), fromUnits.jensenShannonDistance(),
                TalliedDistanceProperties::assertSameJensenShannon);
        assertSame(fromTallies.meanDifference(), fromUnits.meanDifference(), TalliedDistanceProperties::assertClose);
        assertSame(fromTallies.medianDifference(), fromUnits.medianDifference(), TalliedDistanceProperties::assertClose);
    }

    /** A group-year as the tallies hold it after its cases' contributions were added in a shuffled order. */
    private static GroupComparison.YearSample tallied(String label, List<Coding> codings, CoderSelection selection,
                                                      CodeScale scale) {
        Map<String, List<Coding>> byCase = codings.stream().collect(Collectors.groupingBy(Coding::caseId));
        List<String> caseOrder = new ArrayList<>(byCase.keySet());
        Collections.shuffle(caseOrder, new Random(codings.size()));
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, TreeSet<String>> cases = new TreeMap<>();
        Map<Map<String, BigDecimal>, Long> profiles = new LinkedHashMap<>();
        for (String caseId : caseOrder) {
            Map<String, BigDecimal> contribution = Selections.contribution(selection, byCase.get(caseId));
            Map<String, BigDecimal> profile = Selections.profile(selection, byCase.get(caseId));
            if (!profile.isEmpty()) {
                profiles.merge(profile, 1L, Long::sum);
            }
            contribution.forEach((code, weight) -> {
                weights.merge(code, weight, BigDecimal::add);
                weights.merge(TallyRepository.WHOLE, weight, BigDecimal::add);
                cases.computeIfAbsent(code, c -> new TreeSet<>()).add(caseId);
                cases.computeIfAbsent(TallyRepository.WHOLE, c -> new TreeSet<>()).add(caseId);
            });
        }
        List<TallyRepository.Row> rows = weights.entrySet().stream()
                .map(entry -> new TallyRepository.Row(label, YEAR, entry.getKey(), entry.getValue(),
                        cases.get(entry.getKey()).size(),
                        cases.get(entry.getKey()).stream().limit(ListedCases.LIMIT).toList()))
                .toList();
        List<CaseProfiles.Profile> read = profiles.entrySet().stream().map(entry -> {
            double[] vector = new double[scale.codes().size()];
            entry.getKey().forEach((code, weight) -> vector[scale.position(code) - 1] = weight.doubleValue());
            return new CaseProfiles.Profile(vector, entry.getValue());
        }).toList();
        return new GroupComparison.YearSample(label, TalliedDistributions.distributionOf(rows, scale),
                CaseProfiles.of(read));
    }

    private static void assertSame(Estimate tallied, Estimate computed, BiConsumer<Double, Double> same) {
        if (computed == null) {
            assertThat(tallied).isNull();
            return;
        }
        same.accept(tallied.value(), computed.value());
        same.accept(tallied.interval().lower(), computed.interval().lower());
        same.accept(tallied.interval().upper(), computed.interval().upper());
    }

    private static void assertClose(double tallied, double computed) {
        assertThat(tallied).isCloseTo(computed, within(1e-9));
    }

    /**
     * The distance is the square root of the divergence, so near 0 a rounding difference ε in the divergence (the
     * tallies' weights are decimals: a third is not exact) shows as √ε: {2/3, 1/6, 1/6} against itself gave 7.3e-9
     * from the tallies and 0 from the units. There the two are compared as divergences.
     */
    private static void assertSameJensenShannon(double tallied, double computed) {
        if (Math.abs(tallied * tallied - computed * computed) > 1e-12) {
            assertClose(tallied, computed);
        }
    }

    @Provide
    Arbitrary<List<Coding>> singleCodes() {
        return codings(Arbitraries.of("a", "b", "c", "d").map(List::of));
    }

    @Provide
    Arbitrary<List<Coding>> codeSets() {
        return codings(Arbitraries.of("a", "b", "c", "d").set().ofMinSize(1).ofMaxSize(3).map(List::copyOf));
    }

    private static Arbitrary<List<Coding>> codings(Arbitrary<List<String>> codes) {
        Arbitrary<Coding> coding = Combinators.combine(
                        Arbitraries.integers().between(1, 12).map(i -> "case-%02d".formatted(i)),
                        Arbitraries.of("c1", "c2", "c3"), codes)
                .as((caseId, coder, chosen) -> new Coding(caseId, YEAR, coder, chosen.stream().sorted().toList()));
        // one coding per case and coder, as the service enforces
        return coding.list().ofMaxSize(25).uniqueElements(c -> c.caseId() + "|" + c.coder());
    }

    @Provide
    Arbitrary<CoderSelection> selections() {
        return Arbitraries.of(CoderSelection.majority(), CoderSelection.allCoders(), CoderSelection.singleCoder("c1"),
                CoderSelection.adjudicated());
    }
}
