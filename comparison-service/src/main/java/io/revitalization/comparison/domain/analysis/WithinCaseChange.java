package io.revitalization.comparison.domain.analysis;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.Collection;
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

    private WithinCaseChange() {
    }

    /** Each case's trajectory, by case id. */
    public static List<CaseTrajectory> trajectories(Collection<CodedUnit> units, CodeScale scale) {
        Require.present(units, "units");
        if (scale.level() != MeasurementLevel.ORDINAL) {
            throw new IllegalArgumentException("change within cases needs an ordinal scale");
        }
        Map<String, Map<Integer, double[]>> byCase = new TreeMap<>();
        for (CodedUnit unit : units) {
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

    /** A group's change: its cases' per-year changes summarised. */
    public static GroupChange summary(List<CaseTrajectory> trajectories, MinimumSample minimum,
                                      double confidenceLevel) {
        Require.probability(confidenceLevel, "confidenceLevel");
        List<CaseTrajectory> measured = trajectories.stream().filter(t -> t.perYear() != null).toList();
        int n = measured.size();
        List<String> caseIds = measured.stream().map(CaseTrajectory::caseId).toList();
        if (n == 0) {
            return new GroupChange(0, true, null, null, null, 0, 0, 0, caseIds);
        }
        double mean = measured.stream().mapToDouble(CaseTrajectory::perYear).average().orElseThrow();
        ConfidenceInterval interval = null;
        Double standardError = null;
        if (n >= 2) {
            double variance = measured.stream().mapToDouble(t -> Math.pow(t.perYear() - mean, 2)).sum() / (n - 1);
            standardError = Math.sqrt(variance / n);
            double halfWidth = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2)
                    * standardError;
            interval = new ConfidenceInterval(confidenceLevel, mean - halfWidth, mean + halfWidth);
        }
        long up = measured.stream().filter(t -> t.change() > 0).count();
        long down = measured.stream().filter(t -> t.change() < 0).count();
        return new GroupChange(n, !minimum.isMetBy(n), mean, standardError, interval, (double) up / n, (double) down / n,
                (double) (n - up - down) / n, caseIds);
    }
}
