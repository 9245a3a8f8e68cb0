package io.revitalization.comparison.domain.analysis;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseHistoryProperties {
    private static final List<String> PHASES = List.of("BENCHMARKING", "CO_CREATION", "THIRD_PHASE");
    private static final YearRange YEARS = new YearRange(2015, 2030);
    private static final String NONE = "none";

    @Property
    void aChangeLeavesTheYearsBeforeItInThePhaseTheyWereIn(@ForAll("histories") PhaseHistory history,
                                                          @ForAll("phases") String to,
                                                          @ForAll @IntRange(min = 2015, max = 2030) int year) {
        LocalDate at = LocalDate.of(year, 6, 30);
        if (history.steps().stream().anyMatch(step -> step.at() != null && !step.at().isBefore(at))) {
            return; // a change dated before one already recorded rewrites history after that date, not before
        }
        List<PhaseHistory.Step> steps = new ArrayList<>(history.steps());
        String from = history.phaseIn(YEARS.to()).orElse(null);
        steps.add(new PhaseHistory.Step(from, to, at));
        PhaseHistory changed = new PhaseHistory(to, steps);
        for (int y = YEARS.from(); y <= YEARS.to(); y++) {
            assertThat(changed.phaseIn(y)).isEqualTo(y < year ? history.phaseIn(y) : Optional.of(to));
        }
    }

    @Property
    void withoutARecordedChangeTheCurrentPhaseStandsForEveryYear(@ForAll("phases") String current,
                                                                 @ForAll @IntRange(min = 1900, max = 2100) int year) {
        assertThat(new PhaseHistory(current, List.of()).phaseIn(year)).contains(current);
        assertThat(new PhaseHistory(null, List.of()).phaseIn(year)).isEmpty();
    }

    @Property
    void fromTheLatestChangeOnThePhaseIsTheOneItReached(@ForAll("histories") PhaseHistory history) {
        Optional<LocalDate> latest = history.steps().stream().map(PhaseHistory.Step::at)
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo);
        PhaseHistory.Step last = history.steps().get(history.steps().size() - 1);
        if (latest.isEmpty() || last.at() == null || !last.at().equals(latest.get())) {
            return;
        }
        for (int y = last.at().getYear(); y <= YEARS.to(); y++) {
            assertThat(history.phaseIn(y)).contains(last.to());
        }
    }

    @Property
    void undatedChangesCountFromTheChangeBeforeThem(@ForAll("phases") String first, @ForAll("phases") String second,
                                                    @ForAll @IntRange(min = 2015, max = 2030) int year) {
        PhaseHistory undated = new PhaseHistory(second, List.of(new PhaseHistory.Step(null, first, null)));
        assertThat(undated.phaseIn(YEARS.from())).contains(first);
        PhaseHistory then = new PhaseHistory(second, List.of(new PhaseHistory.Step(null, first, LocalDate.of(year, 1, 1)),
                new PhaseHistory.Step(first, second, null)));
        assertThat(then.phaseIn(year - 1)).isEmpty();
        assertThat(then.phaseIn(year)).contains(second);
    }

    @Property
    void everyYearIsInExactlyThePhasesInForceThen(@ForAll("partnerships") List<PhaseHistory> histories) {
        Map<String, List<YearRange>> runs = PhaseYears.of(histories, YEARS, NONE);
        for (int year = YEARS.from(); year <= YEARS.to(); year++) {
            Set<String> expected = new TreeSet<>();
            int y = year;
            histories.forEach(history -> history.phaseIn(y).ifPresent(expected::add));
            if (expected.isEmpty()) {
                expected.add(NONE);
            }
            Set<String> found = new TreeSet<>();
            runs.forEach((phase, ranges) -> ranges.stream().filter(range -> range.from() <= y && y <= range.to())
                    .forEach(range -> found.add(phase)));
            assertThat(found).as("phases in %d", year).isEqualTo(expected);
        }
    }

    @Property
    void thePhasesRunsAreOrderedApartAndNeverTouch(@ForAll("partnerships") List<PhaseHistory> histories) {
        PhaseYears.of(histories, YEARS, NONE).values().forEach(ranges -> {
            assertThat(ranges).isNotEmpty();
            for (int i = 1; i < ranges.size(); i++) {
                assertThat(ranges.get(i).from()).isGreaterThan(ranges.get(i - 1).to() + 1);
            }
            ranges.forEach(range -> assertThat(range.from()).isBetween(YEARS.from(), YEARS.to()));
            ranges.forEach(range -> assertThat(range.to()).isBetween(YEARS.from(), YEARS.to()));
        });
    }

    @Example
    void aPartnershipThatMovedOnIn2024LeavesItsCases2021InItsFirstPhase() {
        PhaseHistory history = new PhaseHistory("CO_CREATION", List.of(
                new PhaseHistory.Step(null, "BENCHMARKING", LocalDate.of(2019, 4, 1)),
                new PhaseHistory.Step("BENCHMARKING", "CO_CREATION", LocalDate.of(2024, 4, 1))));
        assertThat(PhaseYears.of(List.of(history), new YearRange(2015, 2026), NONE)).isEqualTo(Map.of(
                NONE, List.of(new YearRange(2015, 2018)),
                "BENCHMARKING", List.of(new YearRange(2019, 2023)),
                "CO_CREATION", List.of(new YearRange(2024, 2026))));
    }

    @Provide
    Arbitrary<String> phases() {
        return Arbitraries.of(PHASES);
    }

    @Provide
    Arbitrary<PhaseHistory> histories() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(YEARS.from(), YEARS.to())
                .flatMap(year -> Arbitraries.integers().between(1, 365).map(day -> LocalDate.ofYearDay(year, day)));
        Arbitrary<LocalDate> maybeDated = dates.injectNull(0.2);
        Arbitrary<List<String>> path = phases().list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(path, maybeDated.list().ofSize(4), Arbitraries.of(true, false))
                .as((tos, ats, sorted) -> {
                    List<LocalDate> when = new ArrayList<>(ats.subList(0, tos.size()));
                    if (sorted) {
                        when.sort(java.util.Comparator.nullsFirst(LocalDate::compareTo));
                    }
                    List<PhaseHistory.Step> steps = new ArrayList<>();
                    String from = null;
                    for (int i = 0; i < tos.size(); i++) {
                        steps.add(new PhaseHistory.Step(from, tos.get(i), when.get(i)));
                        from = tos.get(i);
                    }
                    return new PhaseHistory(from, steps);
                });
    }

    @Provide
    Arbitrary<List<PhaseHistory>> partnerships() {
        Arbitrary<PhaseHistory> unchanged = phases().injectNull(0.2).map(phase -> new PhaseHistory(phase, List.of()));
        return Arbitraries.oneOf(histories(), unchanged).list().ofMaxSize(3);
    }
}
