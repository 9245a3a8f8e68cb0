package io.revitalization.cases.app;

import io.revitalization.support.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a bulk import did: counts, and each rejected record with its reasons. */
@Schema(name = "ImportReport")
public record ImportReport(int received, int created, int updated, int unchanged, int rejected,
                           List<Rejection> rejections) {

    @Schema(name = "ImportRejection", description = "A record that was not stored; index counts from 0, line (NDJSON) from 1")
    public record Rejection(int index, Integer line, String slug, List<FieldError> errors) {
    }
}
