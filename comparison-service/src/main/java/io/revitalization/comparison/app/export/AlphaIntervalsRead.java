package io.revitalization.comparison.app.export;

import io.revitalization.comparison.app.query.ComparisonScope;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.Scale;
import io.revitalization.comparison.domain.analysis.Bootstrap;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.KrippendorffAlpha;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Alpha with a seeded bootstrap interval, computed from the codings themselves (the reliability read works on kept
 * counts, which cannot be resampled by unit).
 */
@ApplicationScoped
public class AlphaIntervalsRead {
    private final ReliabilityDataRead data;

    public AlphaIntervalsRead(ReliabilityDataRead data) {
        this.data = data;
    }

    public AlphaIntervals read(ComparisonScope scope, String dimension, Bootstrap bootstrap) {
        ReliabilityData reliability = data.read(scope, dimension, false);
        List<Coding> codings = new ArrayList<>();
        reliability.units().forEach(unit -> unit.codesByCoder().forEach((coder, codes) ->
                codings.add(new Coding(unit.caseId().toString(), unit.year(), coder, codes))));
        List<AlphaIntervals.Estimate> alphas = new ArrayList<>();
        metrics(reliability.dimension()).forEach(alpha -> alphas.add(new AlphaIntervals.Estimate(
                alpha.apply(codings), bootstrap.unitInterval(codings, resample -> {
                    Double value = alpha.apply(resample).alpha();
                    return value == null ? Double.NaN : value;
                }))));
        CodebookDimension found = reliability.dimension();
        return new AlphaIntervals(reliability.codebook(), found.id(), found.scale(), found.multiValued(),
                reliability.years(), bootstrap, alphas);
    }

    /** The alphas that apply to the dimension's scale, as the reliability read gives them. */
    private static List<Function<Collection<Coding>, KrippendorffAlpha.Result>> metrics(CodebookDimension dimension) {
        List<Function<Collection<Coding>, KrippendorffAlpha.Result>> metrics = new ArrayList<>();
        metrics.add(KrippendorffAlpha::nominal);
        if (dimension.multiValued()) {
            metrics.add(KrippendorffAlpha::masi);
        }
        CodeScale scale = dimension.codeScale();
        if (dimension.isRanked()) {
            metrics.add(codings -> KrippendorffAlpha.ordinal(codings, scale));
        }
        if (dimension.scale().isNumeric()) {
            double[] values = dimension.values();
            metrics.add(codings -> KrippendorffAlpha.interval(codings, scale, values));
            if (dimension.scale() == Scale.RATIO) {
                metrics.add(codings -> KrippendorffAlpha.ratio(codings, scale, values));
            }
        }
        return metrics;
    }
}
