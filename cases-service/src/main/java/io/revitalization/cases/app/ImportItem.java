package io.revitalization.cases.app;

import io.revitalization.support.problem.FieldError;

import java.util.List;

/**
 * One record of a bulk import: its position (index from 0; the line for NDJSON), the draft it was read as
 * ({@code null} when it could not be read) and what was already found wrong with it.
 */
public record ImportItem(int index, Integer line, CaseDraft draft, List<FieldError> errors) {
    public ImportItem {
        errors = List.copyOf(errors);
    }

    public String slug() {
        return draft == null ? null : draft.slug();
    }
}
