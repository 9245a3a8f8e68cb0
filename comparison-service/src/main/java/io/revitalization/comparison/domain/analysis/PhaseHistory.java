package io.revitalization.comparison.domain.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A partnership's phase history, as its phase-change events tell it, and the phase in force in each year.
 * <ul>
 *     <li>A change counts from the year it happened: the phase reached in a year stands for the whole year, so a
 *     case-year is in one phase of a partnership, never in two.</li>
 *     <li>Changes are read in the order of their dates; an undated change takes the date of the change recorded
 *     before it (the first one: it counts for every year), since nothing dates it later.</li>
 *     <li>Before its earliest change a partnership is in that change's {@code from} (in none when {@code from} is
 *     {@code null}, its first declared phase); a partnership with no recorded change is in its {@code current}
 *     phase in every year.</li>
 * </ul>
 *
 * @param steps in the order they were recorded
 */
public record PhaseHistory(String current, List<Step> steps) {

    /** One change; {@code at} is {@code null} when the source does not date it. */
    public record Step(String from, String to, LocalDate at) {
    }

    private record Dated(Step step, LocalDate effective) {
    }

    public PhaseHistory {
        steps = List.copyOf(steps);
    }

    /** The phase in force in the year, if any. */
    public Optional<String> phaseIn(int year) {
        if (steps.isEmpty()) {
            return Optional.ofNullable(current);
        }
        List<Dated> dated = byDate();
        String phase = dated.get(0).step().from();
        for (Dated change : dated) {
            if (change.effective().getYear() > year) {
                break;
            }
            phase = change.step().to();
        }
        return Optional.ofNullable(phase);
    }

    /** The years in which the phase may change: those of the dated changes. */
    public List<Integer> changeYears() {
        return steps.stream().filter(step -> step.at() != null).map(step -> step.at().getYear()).distinct().sorted()
                .toList();
    }

    /** The changes in the order of their effective dates, changes of one date in the order they were recorded. */
    private List<Dated> byDate() {
        List<Dated> dated = new ArrayList<>();
        LocalDate effective = LocalDate.MIN;
        for (Step step : steps) {
            effective = step.at() == null ? effective : step.at();
            dated.add(new Dated(step, effective));
        }
        dated.sort(Comparator.comparing(Dated::effective));
        return dated;
    }
}
