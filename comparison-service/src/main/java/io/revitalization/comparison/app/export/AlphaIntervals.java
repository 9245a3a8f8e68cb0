package io.revitalization.comparison.app.export;

import io.revitalization.comparison.app.query.CodebookRef;
import io.revitalization.comparison.domain.Scale;
import io.revitalization.comparison.domain.analysis.Bootstrap;
import io.revitalization.comparison.domain.analysis.ConfidenceInterval;
import io.revitalization.comparison.domain.analysis.KrippendorffAlpha;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;

/** Krippendorff's alpha of one dimension on every level that applies, each with a bootstrap interval. */
public record AlphaIntervals(CodebookRef codebook, String dimension, Scale scale, boolean multiValued, YearRange years,
                             Bootstrap bootstrap, Resampling resampling, List<Estimate> alphas) {

    /**
     * What a replicate draws: {@link #PAIRS} of values from the coincidence matrix (Krippendorff's own bootstrap,
     * {@link io.revitalization.comparison.domain.analysis.PairBootstrap}) or {@link #UNITS} (case-years) with all their
     * codings ({@link Bootstrap#unitInterval}).
     */
    public enum Resampling { PAIRS, UNITS }


    public AlphaIntervals {
        alphas = List.copyOf(alphas);
    }

    /** @param interval null when alpha is undefined in every replicate (or there is nothing to resample) */
    public record Estimate(KrippendorffAlpha.Result alpha, ConfidenceInterval interval) {
    }
}
