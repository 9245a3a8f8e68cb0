package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.domain.CodebookCode;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.Evidence;
import io.revitalization.comparison.domain.Scale;
import io.revitalization.support.evidence.EvidenceChecks;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a codebook usable by the engine, beyond the shape Bean Validation checks. */
final class CodebookRules {
    private CodebookRules() {
    }

    static void check(CodebookDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> dimensionIds = new HashSet<>();
        for (int d = 0; d < draft.dimensions().size(); d++) {
            CodebookDimension dimension = draft.dimensions().get(d);
            String path = "dimensions[" + d + "]";
            if (!dimensionIds.add(dimension.id())) {
                errors.add(new FieldError(path + ".id", "dimension '" + dimension.id() + "' appears twice"));
            }
            links(path + ".evidence", dimension.evidence(), errors);
            if (dimension.isRanked() && dimension.multiValued()) {
                errors.add(new FieldError(path + ".multiValued", "an " + dimension.scale().name().toLowerCase()
                        + " dimension takes one code per unit"));
            }
            if (dimension.rowOrder() != null && dimension.rowOrder() < 1) {
                errors.add(new FieldError(path + ".rowOrder", "a row's position is 1 or more"));
            }
            if (dimension.rowLabel() == null && (dimension.rowOrder() != null || dimension.insight() != null)) {
                errors.add(new FieldError(path + ".rowLabel", "a row's position or insight needs its label"));
            }
            Set<String> codeIds = new HashSet<>();
            Set<Integer> orders = new HashSet<>();
            Set<Double> values = new HashSet<>();
            for (int c = 0; c < dimension.codes().size(); c++) {
                CodebookCode code = dimension.codes().get(c);
                String codePath = path + ".codes[" + c + "]";
                links(codePath + ".evidence", code.evidence(), errors);
                value(dimension.scale(), code.value(), values, codePath + ".value", errors);
                if (!codeIds.add(code.id())) {
                    errors.add(new FieldError(codePath + ".id", "code '" + code.id() + "' appears twice"));
                }
                if (dimension.scale() == Scale.PATH) {
                    if (code.order() == null || code.order() < 1) {
                        errors.add(new FieldError(codePath + ".order", "a stage of a path needs its step, 1 or more"));
                    }
                } else if (dimension.scale() == Scale.ORDINAL) {
                    if (code.order() == null) {
                        errors.add(new FieldError(codePath + ".order", "an ordinal code needs its order"));
                    } else if (!orders.add(code.order())) {
                        errors.add(new FieldError(codePath + ".order", "order " + code.order() + " is taken"));
                    }
                } else if (code.order() != null) {
                    errors.add(new FieldError(codePath + ".order", "only ordinal codes and stages have an order"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Interval and ratio codes stand for distinct numbers, ratio ones from zero up; other codes have none. */
    private static void value(Scale scale, Double value, Set<Double> values, String field, List<FieldError> errors) {
        if (!scale.isNumeric()) {
            if (value != null) {
                errors.add(new FieldError(field, "only interval and ratio codes have a value"));
            }
        } else if (value == null || !Double.isFinite(value)) {
            errors.add(new FieldError(field, "an " + scale.name().toLowerCase() + " code needs its value"));
        } else if (scale == Scale.RATIO && value < 0) {
            errors.add(new FieldError(field, "a ratio scale starts at zero"));
        } else if (!values.add(value)) {
            errors.add(new FieldError(field, "value " + value + " is taken"));
        }
    }

    /** Evidence links are absolute http(s) URLs ({@code field[i].url} otherwise). */
    private static void links(String field, List<Evidence> evidence, List<FieldError> errors) {
        for (int i = 0; evidence != null && i < evidence.size(); i++) {
            String url = evidence.get(i).url();
            if (url != null && !EvidenceChecks.isHttpUrl(url)) {
                errors.add(new FieldError(field + "[" + i + "].url", EvidenceChecks.URL_EXPECTED));
            }
        }
    }
}
