package io.revitalization.comparison.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.comparison.app.coding.CodingImportItem;
import io.revitalization.comparison.app.coding.CodingImportReport;
import io.revitalization.comparison.app.coding.CodingImportService;
import io.revitalization.support.importing.ImportBody;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.CallerContext;
import io.revitalization.support.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@jakarta.ws.rs.Path("/api/v1/codings/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Codings")
public class CodingImportResource {
    static final String NDJSON = ImportBody.NDJSON;
    /** Records per request; the 1 MB body limit (about 4,000 codings) usually comes first. */
    static final int MAX_RECORDS = 10_000;

    private final CodingImportService imports;
    private final Validator validator;
    private final ObjectMapper json;
    private final CallerContext callers;

    public CodingImportResource(CodingImportService imports, Validator validator, ObjectMapper json,
                                CallerContext callers) {
        this.imports = imports;
        this.validator = validator;
        this.json = json;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Import codings (JSON array; curator or admin)", description = IMPORT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "What was created, left unchanged and rejected (with reasons)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CodingImportReport.class),
                    examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is empty or not a JSON array", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "no API key")
    @APIResponse(responseCode = "403", description = "partners may not code cases")
    @APIResponse(responseCode = "413", description = "Over 10,000 records or 1 MB; split the import")
    public CodingImportReport importArray(byte[] body) {
        Caller caller = callers.authenticated();
        return imports.importCodings(items(ImportBody.ofArray(body, json, "coding",
                CodingImportResource::requireAtMostMaxRecords)), caller);
    }

    @POST
    @Consumes(NDJSON)
    @RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Import codings (NDJSON; curator or admin)", description = IMPORT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "What was created, left unchanged and rejected (with reasons)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CodingImportReport.class),
                    examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body holds no record (empty or only blank lines)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "no API key")
    @APIResponse(responseCode = "403", description = "partners may not code cases")
    @APIResponse(responseCode = "413", description = "Over 10,000 records or 1 MB; split the import")
    public CodingImportReport importLines(byte[] body) {
        Caller caller = callers.authenticated();
        return imports.importCodings(items(ImportBody.ofLines(body, json, "coding",
                CodingImportResource::requireAtMostMaxRecords)), caller);
    }

    /** Read one at a time, as the service writes them. */
    private Iterable<CodingImportItem> items(Iterable<ImportBody.Entry> entries) {
        return ImportBody.map(entries, this::item);
    }

    private CodingImportItem item(ImportBody.Entry entry) {
        return entry.read(CodingRequest.class, request -> {
            List<FieldError> errors = errors(request);
            return new CodingImportItem(entry.index(), entry.line(), errors.isEmpty() ? request.toNewCoding() : null,
                    errors);
        }, errors -> new CodingImportItem(entry.index(), entry.line(), null, errors));
    }

    private List<FieldError> errors(CodingRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<CodingRequest> violation : validator.validate(request)) {
            errors.add(new FieldError(field(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** {@code codes[2]}, {@code evidence.url}: as the single-coding endpoint names fields. */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName().equals("caseRef") ? "case" : node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static void requireAtMostMaxRecords(int records) {
        if (records > MAX_RECORDS) {
            throw ProblemException.tooLarge("an import takes at most " + MAX_RECORDS
                    + " codings; split it into several requests (importing a coding again changes nothing)");
        }
    }

    private static final String IMPORT_DESCRIPTION = "The same objects POST /api/v1/codings takes, as a JSON array or "
            + "one per NDJSON line. Each bad record is reported with its index (and line, for NDJSON) and reasons; "
            + "the good ones are stored 500 per transaction, with their tallies, and the data version moves once per "
            + "transaction. A record its coder has already coded with the same codes is unchanged, so importing a "
            + "file twice changes nothing; with other codes it is rejected (delete the coding to replace it). A "
            + "curator's records are coded as itself: a record naming another coder is rejected (coder); an admin's "
            + "may name their coders. "
            + "At most 10,000 records and 1 MB per request.";

    private static final String REPORT_EXAMPLE = """
            {"received": 3, "created": 1, "unchanged": 1, "rejected": 1,
             "rejections": [{"index": 2, "line": 3,
                             "errors": [{"field": "codes[0]", "message": "'Z' is not a code of dimension 'ALLIANCE' in this codebook version"}]}]}""";
}
