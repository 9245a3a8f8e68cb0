package io.revitalization.comparison.api;

import io.revitalization.comparison.app.export.AlphaIntervals;
import io.revitalization.comparison.app.query.CodebookRef;
import io.revitalization.comparison.domain.Scale;
import io.revitalization.comparison.domain.analysis.ConfidenceInterval;
import io.revitalization.comparison.domain.analysis.KrippendorffAlpha;
import io.revitalization.comparison.domain.analysis.YearRange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/** Alpha of one dimension on every level that applies, each with its bootstrap interval. */
public record AlphaIntervalsResponse(CodebookRef codebook, String dimension, Scale scale, boolean multiValued,
                                     YearRange years, Resampling bootstrap, List<Estimate> alphas) {

    @Schema(name = "AlphaResampling")
    public record Resampling(String method, int replicates, double confidenceLevel, long seed) {
    }

    @Schema(name = "AlphaEstimate")
    public record Estimate(KrippendorffAlpha.Result alpha,
                           @Schema(description = "null when alpha is undefined in every replicate")
                           ConfidenceInterval interval) {
    }

    static AlphaIntervalsResponse of(AlphaIntervals intervals) {
        return new AlphaIntervalsResponse(intervals.codebook(), intervals.dimension(), intervals.scale(),
                intervals.multiValued(), intervals.years(), new Resampling(intervals.resampling().name().toLowerCase(Locale.ROOT),
                intervals.bootstrap().replicates(), intervals.bootstrap().confidenceLevel(),
                intervals.bootstrap().seed()), intervals.alphas().stream()
                .map(estimate -> new Estimate(estimate.alpha(), estimate.interval())).toList());
    }
}
