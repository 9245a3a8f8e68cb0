package io.revitalization.comparison.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.MeasurementLevel;
import io.revitalization.values.LocalizedText;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One dimension of a codebook: what is coded, on which scale, with which codes, and the passage it rests on; and,
 * when the source draws it as a row of its comparison table, that row's label, position and insight.
 *
 * @param rowLabel    the source's label of the table row this dimension is read as; null when it is no row
 * @param rowOrder    the row's position in the table, 1 first; dimensions with the same position share one row
 * @param insight     the source's insight for the row
 * @param rowEvidence the passages the row label and the insight are quoted from
 */
public record CodebookDimension(String id, LocalizedText label, LocalizedText definition, Scale scale,
                                boolean multiValued, List<Evidence> evidence, List<CodebookCode> codes,
                                LocalizedText rowLabel, Integer rowOrder, LocalizedText insight,
                                List<Evidence> rowEvidence) {

    public CodebookDimension {
        rowEvidence = rowEvidence == null ? List.of() : List.copyOf(rowEvidence);
    }

    public Optional<CodebookCode> code(String codeId) {
        return codes.stream().filter(code -> code.id().equals(codeId)).findFirst();
    }

    /**
     * The scale the statistics work on: ordinal codes lowest first, interval and ratio codes by value (so that what
     * holds for ordinal data holds for them too), nominal codes in codebook order, the stages of a
     * path by step (a case's stages share its weight like the codes of a multi-valued dimension).
     */
    @JsonIgnore
    public CodeScale codeScale() {
        if (scale == Scale.ORDINAL) {
            return new CodeScale(MeasurementLevel.ORDINAL, codes.stream()
                    .sorted(Comparator.comparing(CodebookCode::order)).map(CodebookCode::id).toList());
        }
        if (scale.isNumeric()) {
            return new CodeScale(MeasurementLevel.ORDINAL, codes.stream()
                    .sorted(Comparator.comparing(CodebookCode::value)).map(CodebookCode::id).toList());
        }
        if (scale == Scale.PATH) {
            return new CodeScale(multiValued ? MeasurementLevel.MULTI_VALUED : MeasurementLevel.NOMINAL,
                    codes.stream().sorted(Comparator.comparing(CodebookCode::order)).map(CodebookCode::id).toList());
        }
        return new CodeScale(multiValued ? MeasurementLevel.MULTI_VALUED : MeasurementLevel.NOMINAL,
                codes.stream().map(CodebookCode::id).toList());
    }

    @JsonIgnore
    public boolean isPath() {
        return scale == Scale.PATH;
    }

    @JsonIgnore
    public boolean isOrdinal() {
        return scale == Scale.ORDINAL;
    }

    /** Codes that can be ranked: ordinal, interval or ratio. */
    @JsonIgnore
    public boolean isRanked() {
        return scale == Scale.ORDINAL || scale.isNumeric();
    }

    /** The numbers the codes stand for, in {@link #codeScale()} order; only for interval and ratio scales. */
    @JsonIgnore
    public double[] values() {
        return codeScale().codes().stream().mapToDouble(id -> code(id).orElseThrow().value()).toArray();
    }
}
