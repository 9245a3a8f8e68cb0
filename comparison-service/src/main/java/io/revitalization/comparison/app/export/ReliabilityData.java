package io.revitalization.comparison.app.export;

import io.revitalization.comparison.app.query.CodebookRef;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reliability data of one dimension: its units (case-years) and each coder's codes of them, units by case id
 * and year, coders sorted.
 */
public record ReliabilityData(CodebookRef codebook, CodebookDimension dimension, YearRange years,
                              List<String> coders, List<Unit> units) {

    public ReliabilityData {
        coders = List.copyOf(coders);
        units = List.copyOf(units);
    }

    /**
     * @param codesByCoder the codes each coder gave the unit; coders who did not code it are absent
     * @param adjudicated  the codes the unit's adjudicated coding settled on, or null when it has none
     */
    public record Unit(UUID caseId, String caseSlug, int year, Map<String, List<String>> codesByCoder,
                       List<String> adjudicated) {
        public Unit {
            codesByCoder = Map.copyOf(codesByCoder);
            adjudicated = adjudicated == null ? null : List.copyOf(adjudicated);
        }

        /** Coded by two coders or more who did not all give the same codes. */
        public boolean disputed() {
            return codesByCoder.size() > 1 && codesByCoder.values().stream().distinct().count() > 1;
        }
    }

    /** The units a team has to adjudicate. */
    public ReliabilityData disagreements() {
        return new ReliabilityData(codebook, dimension, years, coders,
                units.stream().filter(Unit::disputed).toList());
    }

    /**
     * The number a code stands for in a matrix of numbers: its value on an interval or ratio scale, its order on an
     * ordinal one, and its 1-based position in the codebook's list otherwise.
     */
    public Number numberOf(String code) {
        var found = dimension.code(code).orElseThrow();
        if (dimension.scale().isNumeric()) {
            return found.value();
        }
        if (dimension.isOrdinal()) {
            return found.order();
        }
        return dimension.codes().indexOf(found) + 1;
    }
}
