package io.revitalization.comparison.domain.analysis;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Change within cases on an ordinal dimension: each case's trajectory (its position by year, first code = 1; under
 * {@code consensus=all} a year's codings averaged by weight), its change from first to last coded year and per year,
 * and a group's summary: the mean per-year change of its cases coded in at least two years, with a t interval over
 * those cases, and the shares of them moving up, down or staying. Unlike a gap between yearly group means, this is
 * not moved by which cases happen to be coded in which year.
 */
public final class WithinCaseChange {

    /** @param perYear change / (last year − first year); null with one coded year */
    public record CaseTrajectory(String caseId, List<Trend.YearValue> positions, double change, Double perYear) {
        public CaseTrajectory {
            positions = List.copyOf(positions);
        }
    }

    /**
     * @param n             cases coded in at least two years (those whose change is measured)
     * @param insufficient  n below the minimum
     * @param meanPerYear   null when n is 0
     * @param standardError of the mean per-year change; null when n &lt; 2
     * @param interval      t interval of the mean per-year change; null when n &lt; 2
     */
    public record GroupChange(int n, boolean insufficient, Double meanPerYear, Double standardError,
                              ConfidenceInterval interval,
                              double shareUp, double shareDown, double shareSame, List<String> caseIds) {
        public GroupChange {
            caseIds = ListedCases.first(caseIds);
        }
    }

    private static final Comparator<CodedUnit> UNIT_ORDER = Comparator.comparing(CodedUnit::caseId)
            .thenComparingInt(CodedUnit::year).thenComparing(unit -> String.join(" ", unit.codes()))
            .thenComparingDouble(CodedUnit::weight);

    private WithinCaseChange() {
    }

    /** Each case's trajectory, by case id. */
    public static List<CaseTrajectory> trajectories(Collection<CodedUnit> units, CodeScale scale) {
        Require.present(units, "units");
        if (scale.level() != MeasurementLevel.ORDINAL) {
            throw new IllegalArgumentException("change within cases needs an ordinal scale");
        }
        Map<String, Map<Integer, double[]>> byCase = new TreeMap<>();
        // summed in one order, so that a case's units read back from its history give the same positions
        for (CodedUnit unit : units.stream().sorted(UNIT_ORDER).toList()) {
            scale.requireFits(unit.codes(), unit.caseId());
            double[] sum = byCase.computeIfAbsent(unit.caseId(), id -> new TreeMap<>())
                    .computeIfAbsent(unit.year(), year -> new double[2]);
            sum[0] += unit.weight() * scale.position(unit.codes().get(0));
            sum[1] += unit.weight();
        }
        List<CaseTrajectory> trajectories = new ArrayList<>();
        byCase.forEach((caseId, years) -> {
            List<Trend.YearValue> positions = new ArrayList<>();
            years.forEach((year, sum) -> positions.add(new Trend.YearValue(year, sum[0] / sum[1])));
            Trend.YearValue first = positions.get(0);
            Trend.YearValue last = positions.get(positions.size() - 1);
            double change = last.value() - first.value();
            Double perYear = positions.size() < 2 ? null : change / (last.year() - first.year());
            trajectories.add(new CaseTrajectory(caseId, positions, change, perYear));
        });
        return trajectories;
    }

    /** A measured change (a case coded in at least two years) and how many cases show it. */
    public record CountedChange(double change, double perYear, int cases) {
    }

    /** A group's change: its cases' per-year changes summarised. */
    public static GroupChange summary(List<CaseTrajectory> trajectories, MinimumSample minimum,
                                      double confidenceLevel) {
        List<CaseTrajectory> measured = trajectories.stream().filter(t -> t.perYear() != null).toList();
        List<CountedChange> changes = measured.stream()
                .map(t -> new CountedChange(t.change(), t.perYear(), 1)).toList();
        return summary(changes, measured.stream().map(CaseTrajectory::caseId).toList(), minimum, confidenceLevel);
    }

    /**
     * A group's change from its measured changes, each with its number of cases, however they are split into
     * entries: the sums run over the distinct changes in ascending order, so the same cases give the same figures
     * whether counted one by one or from tallies.
     *
     * @param caseIds the first measured cases in id order (listed, not counted)
     */
    public static GroupChange summary(List<CountedChange> changes, List<String> caseIds, MinimumSample minimum,
                                      double confidenceLevel) {
        Require.probability(confidenceLevel, "confidenceLevel");
        Map<List<Double>, Integer> byChange = new TreeMap<>(Comparator.comparing((List<Double> key) -> key.get(1))
                .thenComparing(key -> key.get(0)));
        changes.forEach(counted -> byChange.merge(List.of(counted.change(), counted.perYear()), counted.cases(),
                Integer::sum));
        int n = byChange.values().stream().mapToInt(Integer::intValue).sum();
        if (n == 0) {
            return new GroupChange(0, true, null, null, null, 0, 0, 0, caseIds);
        }
        double sum = 0;
        long up = 0;
        long down = 0;
        for (Map.Entry<List<Double>, Integer> entry : byChange.entrySet()) {
            sum += entry.getKey().get(1) * entry.getValue();
            up += entry.getKey().get(0) > 0 ? entry.getValue() : 0;
            down += entry.getKey().get(0) < 0 ? entry.getValue() : 0;
        }
        double mean = sum / n;
        ConfidenceInterval interval = null;
        Double standardError = null;
        if (n >= 2) {
            double squares = 0;
            for (Map.Entry<List<Double>, Integer> entry : byChange.entrySet()) {
                squares += Math.pow(entry.getKey().get(1) - mean, 2) * entry.getValue();
            }
            standardError = Math.sqrt(squares / (n - 1) / n);
            double halfWidth = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2)
                    * standardError;
            interval = new ConfidenceInterval(confidenceLevel, mean - halfWidth, mean + halfWidth);
        }
        return new GroupChange(n, !minimum.isMetBy(n), mean, standardError, interval, (double) up / n, (double) down / n,
                (double) (n - up - down) / n, caseIds);
    }

    /** The measured changes of cases counted by history (see {@link CaseHistory}), within the years. */
    public static List<CountedChange> changes(List<CaseHistory.Counted> histories, CodeScale scale, YearRange years) {
        List<CountedChange> changes = new ArrayList<>();
        for (CaseHistory.Counted counted : histories) {
            List<CodedUnit> units = CaseHistory.units(counted.history(), "case", years);
            if (units.isEmpty()) {
                continue;
            }
            CaseTrajectory trajectory = trajectories(units, scale).get(0);
            if (trajectory.perYear() != null) {
                changes.add(new CountedChange(trajectory.change(), trajectory.perYear(), counted.cases()));
            }
        }
        return changes;
    }
}
