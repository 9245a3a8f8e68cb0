package io.revitalization.comparison.app.coding;

import io.revitalization.support.problem.FieldError;

import java.util.List;

/**
 * One record of a coding import: its position (index from 0; the line for NDJSON), the coding it asks for
 * ({@code null} when it could not be read) and what was already found wrong with it.
 */
public record CodingImportItem(int index, Integer line, NewCoding coding, List<FieldError> errors) {
    public CodingImportItem {
        errors = List.copyOf(errors);
    }
}
