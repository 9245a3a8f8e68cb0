package io.revitalization.comparison.app.export;

import io.revitalization.comparison.app.query.ComparisonScope;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.Scale;
import io.revitalization.comparison.domain.analysis.Bootstrap;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.Coincidences;
import io.revitalization.comparison.domain.analysis.ConfidenceInterval;
import io.revitalization.comparison.domain.analysis.PairBootstrap;
import io.revitalization.comparison.domain.analysis.KrippendorffAlpha;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Alpha with a seeded bootstrap interval, computed from the codings themselves (the reliability read works on kept
 * counts, which cannot be resampled by unit): Krippendorff's resampling of pairs of values, or a resampling of units.
 */
@ApplicationScoped
public class AlphaIntervalsRead {
    private final ReliabilityDataRead data;

    public AlphaIntervalsRead(ReliabilityDataRead data) {
        this.data = data;
    }

    /**
     * @param resampling {@link AlphaIntervals.Resampling#PAIRS} (Krippendorff's own bootstrap, the default of the API)
     *                   or {@link AlphaIntervals.Resampling#UNITS}
     */
    public AlphaIntervals read(ComparisonScope scope, String dimension, Bootstrap bootstrap,
                               AlphaIntervals.Resampling resampling) {
        ReliabilityData reliability = data.read(scope, dimension, false);
        List<Coding> codings = new ArrayList<>();
        reliability.units().forEach(unit -> unit.codesByCoder().forEach((coder, codes) ->
                codings.add(new Coding(unit.caseId().toString(), unit.year(), coder, codes))));
        CodebookDimension found = reliability.dimension();
        CodeScale scale = found.isRanked() ? found.codeScale() : null;
        double[] values = found.scale().isNumeric() ? found.values() : null;
        List<AlphaIntervals.Estimate> alphas = new ArrayList<>();
        for (KrippendorffAlpha.Metric metric : metrics(found)) {
            Coincidences coincidences = KrippendorffAlpha.coincidences(metric, codings, scale, values);
            ConfidenceInterval interval = switch (resampling) {
                case PAIRS -> PairBootstrap.interval(bootstrap, coincidences);
                case UNITS -> bootstrap.unitInterval(codings, resample -> {
                    Double value = KrippendorffAlpha.coincidences(metric, resample, scale, values).alpha().alpha();
                    return value == null ? Double.NaN : value;
                });
            };
            alphas.add(new AlphaIntervals.Estimate(coincidences.alpha(), interval));
        }
        return new AlphaIntervals(reliability.codebook(), found.id(), found.scale(), found.multiValued(),
                reliability.years(), bootstrap, resampling, alphas);
    }

    /** The alphas that apply to the dimension's scale, as the reliability read gives them. */
    private static List<KrippendorffAlpha.Metric> metrics(CodebookDimension dimension) {
        List<KrippendorffAlpha.Metric> metrics = new ArrayList<>();
        metrics.add(KrippendorffAlpha.Metric.NOMINAL);
        if (dimension.multiValued()) {
            metrics.add(KrippendorffAlpha.Metric.MASI);
        }
        if (dimension.isRanked()) {
            metrics.add(KrippendorffAlpha.Metric.ORDINAL);
        }
        if (dimension.scale().isNumeric()) {
            metrics.add(KrippendorffAlpha.Metric.INTERVAL);
            if (dimension.scale() == Scale.RATIO) {
                metrics.add(KrippendorffAlpha.Metric.RATIO);
            }
        }
        return metrics;
    }
}
