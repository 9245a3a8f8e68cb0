package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Scale;
import io.revitalization.values.LocalizedText;

import java.util.List;

/** A dimension and its codes as a result names them, with labels in the caller's language. */
public record DimensionLegend(String id, LocalizedText label, String displayLabel, Scale scale, boolean multiValued,
                              List<CodeLegend> codes) {
    public record CodeLegend(String id, LocalizedText label, String displayLabel, Integer order) {
    }
}
