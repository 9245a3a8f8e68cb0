package io.revitalization.comparison.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.MeasurementLevel;
import io.revitalization.values.LocalizedText;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One dimension of a codebook: what is coded, on which scale, with which codes, and the passage it rests on. */
public record CodebookDimension(String id, LocalizedText label, LocalizedText definition, Scale scale,
                                boolean multiValued, List<Evidence> evidence, List<CodebookCode> codes) {

    public Optional<CodebookCode> code(String codeId) {
        return codes.stream().filter(code -> code.id().equals(codeId)).findFirst();
    }

    /** The scale the statistics work on: ordinal codes lowest first, nominal codes in codebook order. */
    @JsonIgnore
    public CodeScale codeScale() {
        if (scale == Scale.ORDINAL) {
            return new CodeScale(MeasurementLevel.ORDINAL, codes.stream()
                    .sorted(Comparator.comparing(CodebookCode::order)).map(CodebookCode::id).toList());
        }
        return new CodeScale(multiValued ? MeasurementLevel.MULTI_VALUED : MeasurementLevel.NOMINAL,
                codes.stream().map(CodebookCode::id).toList());
    }

    @JsonIgnore
    public boolean isOrdinal() {
        return scale == Scale.ORDINAL;
    }
}
