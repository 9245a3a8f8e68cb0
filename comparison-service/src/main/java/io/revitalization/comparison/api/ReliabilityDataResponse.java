package io.revitalization.comparison.api;

import io.revitalization.comparison.app.export.ReliabilityData;
import io.revitalization.comparison.app.query.CodebookRef;
import io.revitalization.comparison.domain.Scale;
import io.revitalization.comparison.domain.analysis.YearRange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Each coder's codes of a dimension's units (case-years), the units by case id and year. */
public record ReliabilityDataResponse(CodebookRef codebook, String dimension, Scale scale, YearRange years,
                                      List<String> coders, int n, List<Unit> units) {

    @Schema(name = "ReliabilityUnit")
    public record Unit(UUID caseId, String caseSlug, int year,
                       @Schema(description = "the codes each coder gave; coders who did not code the unit are absent")
                       Map<String, List<String>> codes,
                       @Schema(description = "the codes the unit's adjudicated coding settled on; null when it has "
                               + "none (it is no coder, so not among codes)") List<String> adjudicated) {
    }

    static ReliabilityDataResponse of(ReliabilityData data) {
        return new ReliabilityDataResponse(data.codebook(), data.dimension().id(), data.dimension().scale(),
                data.years(), data.coders(), data.units().size(), data.units().stream()
                .map(unit -> new Unit(unit.caseId(), unit.caseSlug(), unit.year(), unit.codesByCoder(),
                        unit.adjudicated())).toList());
    }
}
