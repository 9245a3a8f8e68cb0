package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.analysis.KrippendorffAlpha;
import io.revitalization.comparison.domain.analysis.PercentAgreement;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;

/** Inter-coder reliability per dimension. */
public record ReliabilityView(long dataVersion, CodebookRef codebook, YearRange years,
                              List<DimensionReliability> dimensions) {
    /**
     * @param ordinal  null unless the dimension is ordinal, interval or ratio
     * @param interval null unless the dimension is interval or ratio
     * @param ratio    null unless the dimension is ratio
     */
    public record DimensionReliability(DimensionLegend dimension, int codings, KrippendorffAlpha.Result nominal,
                                       KrippendorffAlpha.Result ordinal, KrippendorffAlpha.Result interval,
                                       KrippendorffAlpha.Result ratio, PercentAgreement.Result percentAgreement) {
    }
}
