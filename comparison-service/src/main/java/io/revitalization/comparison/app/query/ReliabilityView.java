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
     * @param masi     null unless the dimension is multi-valued: alpha with partial credit for overlapping code sets
     */
    public record DimensionReliability(DimensionLegend dimension, int codings, KrippendorffAlpha.Result nominal,
                                       KrippendorffAlpha.Result ordinal, KrippendorffAlpha.Result interval,
                                       KrippendorffAlpha.Result ratio, KrippendorffAlpha.Result masi,
                                       PercentAgreement.Result percentAgreement) {
    }
}
