package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Evidence;
import io.revitalization.comparison.domain.analysis.CasePaths;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.values.LocalizedText;

import java.util.List;
import java.util.Map;

/**
 * The source's comparison table as the data draw it: a row per row of the text (its label and insight from the
 * codebook), and per dimension of the row and group the dominant codes with their shares, n and cases, and exemplar
 * quotes with their locators; a path dimension adds its groups' paths. {@code cases} maps the case ids to slugs.
 */
public record TableView(long dataVersion, CodebookRef codebook, String groupBy, String selection, String weighting,
                        YearRange years, List<GroupLabel> groups, List<Row> rows, Map<String, String> cases) {

    /**
     * @param order   the row's position in the source's table; null for a dimension the codebook places in no row,
     *                which then is a row of its own after the text's rows ({@code inText} false)
     * @param label   the text's row label (the dimension's label when not in the text)
     * @param insight the text's insight for the row, null when none
     */
    public record Row(Integer order, boolean inText, LocalizedText label, String displayLabel, LocalizedText insight,
                      String displayInsight, List<Evidence> evidence, List<RowDimension> dimensions) {
    }

    public record RowDimension(DimensionLegend dimension, List<Cell> cells) {
    }

    /**
     * @param n     distinct cases of the group coded on the dimension in the years
     * @param paths for a path dimension, the group's paths; null otherwise
     */
    public record Cell(String group, int n, List<String> caseIds, List<CodeCell> dominantCodes,
                       CasePaths.GroupPaths paths) {
    }

    public record CodeCell(String code, String displayLabel, double share, int n, List<String> caseIds,
                           List<Exemplar> exemplars) {
    }

    /** The case-year that best shows a code, with the passages its codings quote. */
    public record Exemplar(String caseId, int year, Double confidence, List<Evidence> quotes) {
    }
}
