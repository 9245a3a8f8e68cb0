package io.revitalization.comparison.app.coding;

import io.revitalization.support.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What a coding import did: counts, and each rejected record with its reasons. A record its coder had already
 * coded with the same codes is {@code unchanged}, so importing a file twice changes nothing.
 */
@Schema(name = "CodingImportReport")
public record CodingImportReport(int received, int created, int unchanged, int rejected, List<Rejection> rejections) {

    @Schema(name = "CodingImportRejection", description = "A record that was not stored; index counts from 0, line (NDJSON) from 1")
    public record Rejection(int index, Integer line, List<FieldError> errors) {
    }
}
