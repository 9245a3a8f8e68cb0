package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.analysis.KrippendorffAlpha;
import io.revitalization.comparison.domain.analysis.PercentAgreement;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;

/** Inter-coder reliability per dimension. */
public record ReliabilityView(long dataVersion, CodebookRef codebook, YearRange years,
                              List<DimensionReliability> dimensions) {
    /** @param ordinal null unless the dimension is ordinal */
    public record DimensionReliability(DimensionLegend dimension, int codings, KrippendorffAlpha.Result nominal,
                                       KrippendorffAlpha.Result ordinal, PercentAgreement.Result percentAgreement) {
    }
}
