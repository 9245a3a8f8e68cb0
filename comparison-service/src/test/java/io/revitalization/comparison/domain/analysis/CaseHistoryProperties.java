package io.revitalization.comparison.domain.analysis;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Figures computed once per distinct case history and multiplied by its number of cases equal the figures computed
 * case by case from the units (the straightforward computation), whatever the coders, selection and range of years.
 */
class CaseHistoryProperties {
    private static final CodeScale STAGES = CodeScale.ordinal("p", "m", "s", "n");
    private static final List<String> CODERS = List.of("c1", "c2", "c3");

    @Property(tries = 300)
    void aHistoryGivesBackTheUnitsItWasMadeOf(@ForAll("codings") List<Coding> codings,
                                              @ForAll("selections") CoderSelection selection,
                                              @ForAll("years") YearRange years) {
        Map<String, List<CodedUnit>> byCase = byCase(selection.resolve(codings).units());
        byCase.forEach((caseId, units) -> {
            List<CodedUnit> within = units.stream()
                    .filter(unit -> unit.year() >= years.from() && unit.year() <= years.to())
                    .map(unit -> new CodedUnit(unit.caseId(), unit.year(), unit.codes(), unit.weight(), List.of(), null))
                    .sorted(java.util.Comparator.comparingInt(CodedUnit::year)
                            .thenComparing(unit -> String.join(" ", unit.codes()))
                            .thenComparingDouble(CodedUnit::weight))
                    .toList();
            assertThat(CaseHistory.units(CaseHistory.of(units), caseId, years)).isEqualTo(within);
        });
    }

    @Property(tries = 300)
    void theTalliedChangeWithinCasesIsTheChangeOfTheCases(@ForAll("codings") List<Coding> codings,
                                                           @ForAll("selections") CoderSelection selection,
                                                           @ForAll("years") YearRange years,
                                                           @ForAll long shuffleSeed) {
        List<CodedUnit> units = selection.resolve(codings).units();
        List<CodedUnit> inYears = units.stream()
                .filter(unit -> unit.year() >= years.from() && unit.year() <= years.to()).toList();
        List<WithinCaseChange.CaseTrajectory> trajectories = WithinCaseChange.trajectories(inYears, STAGES);
        WithinCaseChange.GroupChange expected = WithinCaseChange.summary(trajectories, new MinimumSample(3), 0.9);

        List<CaseHistory.Counted> histories = counted(units, shuffleSeed);
        List<String> measured = trajectories.stream().filter(t -> t.perYear() != null)
                .map(WithinCaseChange.CaseTrajectory::caseId).limit(ListedCases.LIMIT).toList();
        WithinCaseChange.GroupChange tallied = WithinCaseChange.summary(
                WithinCaseChange.changes(histories, STAGES, years), measured, new MinimumSample(3), 0.9);
        assertThat(tallied).isEqualTo(expected);
    }

    @Property(tries = 300)
    void theTalliedCasesAndCaseWeightsAreThoseOfTheCases(@ForAll("codings") List<Coding> codings,
                                                         @ForAll("selections") CoderSelection selection,
                                                         @ForAll("years") YearRange years,
                                                         @ForAll long shuffleSeed) {
        List<CodedUnit> units = selection.resolve(codings).units();
        List<CodedUnit> inYears = units.stream()
                .filter(unit -> unit.year() >= years.from() && unit.year() <= years.to()).toList();
        Map<String, TreeSet<String>> casesByCode = new TreeMap<>();
        Map<String, Double> weights = new TreeMap<>();
        for (CodedUnit unit : Weighting.CASE.reweigh(inYears)) {
            casesByCode.computeIfAbsent("", code -> new TreeSet<>()).add(unit.caseId());
            for (String code : unit.codes()) {
                casesByCode.computeIfAbsent(code, c -> new TreeSet<>()).add(unit.caseId());
                weights.merge(code, unit.weight() / unit.codes().size(), Double::sum);
            }
        }
        List<CaseHistory.Counted> histories = counted(units, shuffleSeed);

        Map<String, Integer> cases = CaseHistory.casesByCode(histories, years, "");
        assertThat(cases).isEqualTo(casesByCode.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().size())));
        CaseHistory.CaseWeights tallied = CaseHistory.caseWeights(histories, years);
        assertThat(tallied.cases()).isEqualTo(casesByCode.getOrDefault("", new TreeSet<>()).size());
        assertThat(tallied.byCode().keySet()).isEqualTo(weights.keySet());
        weights.forEach((code, weight) -> assertThat(tallied.byCode().get(code)).as(code)
                .isCloseTo(weight, within(1e-9)));
    }

    @Property(tries = 300)
    void theTalliedPathsAreThePathsOfTheCases(@ForAll("pathCodings") List<Coding> codings,
                                              @ForAll("selections") CoderSelection selection,
                                              @ForAll("years") YearRange years,
                                              @ForAll long shuffleSeed) {
        Map<String, Integer> steps = Map.of("a", 1, "b", 2, "c", 2, "d", 3);
        List<CodedUnit> units = selection.resolve(codings).units();
        List<CodedUnit> inYears = units.stream()
                .filter(unit -> unit.year() >= years.from() && unit.year() <= years.to()).toList();
        List<CasePaths.CasePath> paths = CasePaths.of(inYears, steps);
        CasePaths.GroupPaths expected = CasePaths.summary(paths, steps);

        List<CasePaths.CountedPath> counted = new ArrayList<>();
        for (CaseHistory.Counted history : counted(units, shuffleSeed)) {
            List<CodedUnit> ofHistory = CaseHistory.units(history.history(), "case", years);
            if (!ofHistory.isEmpty()) {
                counted.add(new CasePaths.CountedPath(CasePaths.of(ofHistory, steps).get(0).stages(),
                        history.cases()));
            }
        }
        Map<List<String>, List<String>> byPath = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        Map<Integer, Map<String, List<String>>> byStepStage = new TreeMap<>();
        paths.forEach(path -> {
            byPath.computeIfAbsent(path.stages(), p -> new ArrayList<>()).add(path.caseId());
            path.stages().forEach(stage -> byStepStage.computeIfAbsent(steps.get(stage), s -> new TreeMap<>())
                    .computeIfAbsent(stage, s -> new ArrayList<>()).add(path.caseId()));
        });
        assertThat(CasePaths.summary(counted, new CasePaths.Listed(byPath, byStepStage), steps)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<Coding>> pathCodings() {
        Arbitrary<Coding> coding = Combinators.combine(Arbitraries.integers().between(0, 14),
                        Arbitraries.integers().between(2019, 2024), Arbitraries.of(CODERS),
                        Arbitraries.of("a", "b", "c", "d").set().ofMinSize(1).ofMaxSize(3))
                .as((caseNumber, year, coder, codes) -> new Coding("case-" + caseNumber, year, coder,
                        List.copyOf(codes)));
        return coding.list().ofMaxSize(80).map(list -> new ArrayList<>(list.stream().collect(Collectors.toMap(
                c -> c.caseId() + "/" + c.year() + "/" + c.coder(), c -> c, (a, b) -> a, TreeMap::new)).values()));
    }

    /** The cases' histories counted as the tallies count them, in any order. */
    private static List<CaseHistory.Counted> counted(List<CodedUnit> units, long shuffleSeed) {
        Map<String, Integer> counts = new TreeMap<>();
        byCase(units).values().forEach(ofCase -> counts.merge(CaseHistory.of(ofCase), 1, Integer::sum));
        List<CaseHistory.Counted> histories = new ArrayList<>();
        counts.forEach((history, cases) -> histories.add(new CaseHistory.Counted(history, cases)));
        Collections.shuffle(histories, new Random(shuffleSeed));
        return histories;
    }

    private static Map<String, List<CodedUnit>> byCase(List<CodedUnit> units) {
        return units.stream().collect(Collectors.groupingBy(CodedUnit::caseId, TreeMap::new, Collectors.toList()));
    }

    @Provide
    Arbitrary<List<Coding>> codings() {
        Arbitrary<Coding> coding = Combinators.combine(Arbitraries.integers().between(0, 14),
                        Arbitraries.integers().between(2019, 2024), Arbitraries.of(CODERS),
                        Arbitraries.of(STAGES.codes()))
                .as((caseNumber, year, coder, code) -> new Coding("case-" + caseNumber, year, coder, List.of(code)));
        // one coding per coder and unit
        return coding.list().ofMaxSize(80).map(list -> new ArrayList<>(list.stream().collect(Collectors.toMap(
                c -> c.caseId() + "/" + c.year() + "/" + c.coder(), c -> c, (a, b) -> a, TreeMap::new)).values()));
    }

    @Provide
    Arbitrary<CoderSelection> selections() {
        return Arbitraries.of(CoderSelection.majority(), CoderSelection.allCoders(), CoderSelection.adjudicated(),
                CoderSelection.singleCoder("c2"));
    }

    @Provide
    Arbitrary<YearRange> years() {
        return Combinators.combine(Arbitraries.integers().between(2019, 2024), Arbitraries.integers().between(0, 5))
                .as((from, length) -> new YearRange(from, Math.min(2024, from + length)));
    }
}
