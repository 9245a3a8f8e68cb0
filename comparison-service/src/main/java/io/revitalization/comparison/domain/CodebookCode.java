package io.revitalization.comparison.domain;

import io.revitalization.values.LocalizedText;

import java.util.List;

/** One code of a dimension; {@code order} places it on an ordinal scale (lowest first) and is null on a nominal one. */
public record CodebookCode(String id, LocalizedText label, LocalizedText definition, Integer order,
                           List<Evidence> evidence) {
}
