package io.revitalization.comparison.scale;

import io.revitalization.comparison.domain.analysis.Bootstrap;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.CodedUnit;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.ComparisonSettings;
import io.revitalization.comparison.domain.analysis.ConfidenceInterval;
import io.revitalization.comparison.domain.analysis.Distribution;
import io.revitalization.comparison.domain.analysis.Estimate;
import io.revitalization.comparison.domain.analysis.Group;
import io.revitalization.comparison.domain.analysis.GroupComparison;
import io.revitalization.comparison.domain.analysis.GroupDistance;
import io.revitalization.comparison.domain.analysis.JensenShannon;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.OrdinalSummary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.function.ToDoubleBiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The distance's bootstrap sums case weight profiles instead of rebuilding every resample; its intervals must equal
 * those of resampling the units themselves ({@link Bootstrap#interval}) with the same seed, whatever the coders
 * (several per unit, weighted 1/c under "all"), the codes (several per unit on a multi-valued scale) and the seed.
 */
class BootstrapShortcutProperties {
    private static final CodeScale ORDINAL = CodeScale.ordinal("a", "b", "c", "d");
    private static final CodeScale MULTI_VALUED = CodeScale.multiValued("a", "b", "c", "d");
    private static final int YEAR = 2023;

    @Property(tries = 200)
    void ordinalIntervalsEqualThoseOfResampledUnits(@ForAll("singleCodes") List<Coding> first,
                                                    @ForAll("singleCodes") List<Coding> second,
                                                    @ForAll("selections") CoderSelection selection,
                                                    @ForAll long seed) {
        List<CodedUnit> a = selection.resolve(first).units();
        List<CodedUnit> b = selection.resolve(second).units();
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        Bootstrap bootstrap = new Bootstrap(200, 0.9, seed);
        GroupDistance shortcut = compare(ORDINAL, a, b, bootstrap);

        assertSame(shortcut.jensenShannonDistance(), bootstrap.interval(a, b, jensenShannon(ORDINAL)));
        assertSame(shortcut.meanDifference(), bootstrap.interval(a, b,
                (x, y) -> OrdinalSummary.of(x, ORDINAL).mean() - OrdinalSummary.of(y, ORDINAL).mean()));
        assertSame(shortcut.medianDifference(), bootstrap.interval(a, b,
                (x, y) -> OrdinalSummary.of(x, ORDINAL).median() - OrdinalSummary.of(y, ORDINAL).median()));
    }

    @Property(tries = 200)
    void multiValuedIntervalsEqualThoseOfResampledUnits(@ForAll("codeSets") List<Coding> first,
                                                        @ForAll("codeSets") List<Coding> second,
                                                        @ForAll("selections") CoderSelection selection,
                                                        @ForAll long seed) {
        List<CodedUnit> a = selection.resolve(first).units();
        List<CodedUnit> b = selection.resolve(second).units();
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        Bootstrap bootstrap = new Bootstrap(200, 0.95, seed);

        assertSame(compare(MULTI_VALUED, a, b, bootstrap).jensenShannonDistance(),
                bootstrap.interval(a, b, jensenShannon(MULTI_VALUED)));
    }

    private static GroupDistance compare(CodeScale scale, List<CodedUnit> a, List<CodedUnit> b, Bootstrap bootstrap) {
        return GroupComparison.inYear(scale, new Group("first", a), new Group("second", b), YEAR,
                new ComparisonSettings(new MinimumSample(1), bootstrap));
    }

    private static ToDoubleBiFunction<List<CodedUnit>, List<CodedUnit>> jensenShannon(CodeScale scale) {
        return (x, y) -> JensenShannon.distance(Distribution.of(x, scale), Distribution.of(y, scale));
    }

    private static void assertSame(Estimate shortcut, ConfidenceInterval direct) {
        assertThat(shortcut.interval().lower()).isCloseTo(direct.lower(), within(1e-9));
        assertThat(shortcut.interval().upper()).isCloseTo(direct.upper(), within(1e-9));
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
                        Arbitraries.integers().between(1, 12).map(i -> "case-" + i),
                        Arbitraries.of("c1", "c2", "c3"), codes)
                .as((caseId, coder, chosen) -> new Coding(caseId, YEAR, coder, chosen.stream().sorted().toList()));
        // one coding per case and coder, as the service enforces
        return coding.list().ofMinSize(1).ofMaxSize(25).uniqueElements(c -> c.caseId() + "|" + c.coder());
    }

    @Provide
    Arbitrary<CoderSelection> selections() {
        return Arbitraries.of(CoderSelection.majority(), CoderSelection.allCoders(), CoderSelection.singleCoder("c1"));
    }
}
