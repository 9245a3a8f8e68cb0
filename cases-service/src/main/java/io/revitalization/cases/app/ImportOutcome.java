package io.revitalization.cases.app;

import io.revitalization.support.problem.FieldError;

import java.util.List;

/** What happened to one import record. */
record ImportOutcome(ImportItem item, Kind kind, List<FieldError> errors) {
    enum Kind { CREATED, UPDATED, UNCHANGED, REJECTED }

    static ImportOutcome of(ImportItem item, Kind kind) {
        return new ImportOutcome(item, kind, List.of());
    }

    static ImportOutcome rejected(ImportItem item, List<FieldError> errors) {
        return new ImportOutcome(item, Kind.REJECTED, errors);
    }

    static ImportOutcome rejected(ImportItem item, String field, String message) {
        return rejected(item, List.of(new FieldError(field, message)));
    }
}
