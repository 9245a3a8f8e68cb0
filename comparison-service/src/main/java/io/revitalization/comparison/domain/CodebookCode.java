package io.revitalization.comparison.domain;

import io.revitalization.values.LocalizedText;

import java.util.List;

/**
 * One code of a dimension; {@code order} places it on an ordinal scale (lowest first), gives the step of a path's
 * stage (1 first; kinds of stage may share a step), and is null on a nominal scale; {@code value} is the number the
 * code stands for on an interval or ratio scale, and null on the others.
 */
public record CodebookCode(String id, LocalizedText label, LocalizedText definition, Integer order,
                           List<Evidence> evidence, Double value) {
}
