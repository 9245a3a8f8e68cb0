package io.revitalization.cases.service;

import io.revitalization.cases.rest.CaseRequest;
import io.revitalization.support.problem.FieldError;

import java.util.List;

/**
 * One record of a bulk import: its position (index from 0; the line for NDJSON), the request it was read as
 * ({@code null} when it could not be read) and what was already found wrong with it.
 */
public record ImportItem(int index, Integer line, CaseRequest request, List<FieldError> errors) {
    public ImportItem {
        errors = List.copyOf(errors);
    }

    public String slug() {
        return request == null ? null : request.slug();
    }
}
