package io.revitalization.cases.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.cases.api.validation.RequestValidator;
import io.revitalization.cases.app.CaseImportService;
import io.revitalization.cases.app.ImportItem;
import io.revitalization.cases.app.InParallel;
import io.revitalization.cases.app.ImportReport;
import io.revitalization.cases.config.CasesConfig;
import io.revitalization.support.importing.ImportBody;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.CallerContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

@Path("/api/v1/cases/import")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseImportResource {
    static final String NDJSON = ImportBody.NDJSON;
    private static final int READ_BATCH = 500;

    private final CaseImportService imports;
    private final RequestValidator validator;
    private final ObjectMapper json;
    private final CallerContext callers;
    private final CasesConfig config;

    public CaseImportResource(CaseImportService imports, RequestValidator validator, ObjectMapper json,
                              CallerContext callers, CasesConfig config) {
        this.imports = imports;
        this.validator = validator;
        this.json = json;
        this.callers = callers;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import cases (JSON array)", description = IMPORT_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CaseRequest.class),
            examples = @ExampleObject(name = "two cases", ref = "caseImportArray")))
    @APIResponse(responseCode = "200", description = "What was created, updated, left unchanged and rejected (with reasons)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", ref = "importReport")))
    @APIResponse(responseCode = "400", description = "The body is empty or not a JSON array", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "413", description = "Over 10,000 records or 20 MB; split the import")
    public ImportReport importArray(byte[] body) {
        Caller caller = callers.authenticated();
        return imports.importCases(items(ImportBody.ofArray(body, json, "case", this::requireAtMostMaxRecords)),
                CaseImportService.Existing.UPDATE, caller);
    }

    @POST
    @Consumes(NDJSON)
    @Operation(summary = "Import cases (NDJSON)", description = IMPORT_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = NDJSON, examples = @ExampleObject(name = "two lines", ref = "caseImportLines")))
    @APIResponse(responseCode = "200", description = "What was created, updated, left unchanged and rejected (with reasons)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", ref = "importReport")))
    @APIResponse(responseCode = "400", description = "The body holds no record (empty or only blank lines)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "413", description = "Over 10,000 records or 20 MB; split the import")
    public ImportReport importLines(byte[] body) {
        Caller caller = callers.authenticated();
        return imports.importCases(items(ImportBody.ofLines(body, json, "case", this::requireAtMostMaxRecords)),
                CaseImportService.Existing.UPDATE, caller);
    }

    /**
     * Read a batch at a time, each batch's records parsed, bound and validated in parallel, the next
     * batch while the service writes the current one: at most two batches of records are in memory besides the body.
     */
    private Iterable<ImportItem> items(Iterable<ImportBody.Entry> entries) {
        return () -> new Iterator<>() {
            private final Iterator<ImportBody.Entry> source = entries.iterator();
            private Iterator<ImportItem> batch = Collections.emptyIterator();
            private CompletableFuture<List<ImportItem>> following = readFollowing();

            @Override
            public boolean hasNext() {
                return batch.hasNext() || following != null;
            }

            @Override
            public ImportItem next() {
                if (!batch.hasNext()) {
                    if (following == null) {
                        throw new NoSuchElementException();
                    }
                    batch = joined(following).iterator();
                    following = readFollowing();
                }
                return batch.next();
            }

            /** The entries are taken here, on the request's thread (the body's iterator is not thread-safe). */
            private CompletableFuture<List<ImportItem>> readFollowing() {
                if (!source.hasNext()) {
                    return null;
                }
                List<ImportBody.Entry> read = new ArrayList<>(READ_BATCH);
                while (read.size() < READ_BATCH && source.hasNext()) {
                    read.add(source.next());
                }
                return InParallel.mapLater(read, CaseImportResource.this::item);
            }
        };
    }

    private static List<ImportItem> joined(CompletableFuture<List<ImportItem>> items) {
        try {
            return items.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private ImportItem item(ImportBody.Entry entry) {
        return entry.read(CaseRequest.class,
                request -> new ImportItem(entry.index(), entry.line(), request.toDraft(),
                        validator.constraintErrors(request)),
                errors -> new ImportItem(entry.index(), entry.line(), null, errors));
    }

    private void requireAtMostMaxRecords(int records) {
        if (records > config.bulkImport().maxRecords()) {
            throw ProblemException.tooLarge("an import takes at most " + config.bulkImport().maxRecords()
                    + " records; split it into several requests (imports are idempotent on slug)");
        }
    }

    private static final String IMPORT_DESCRIPTION = "Creates or updates cases by slug (required here): importing the "
            + "same records again changes nothing. Each bad record is reported with its index (and line, for NDJSON) "
            + "and reasons; the good ones are stored. Partners may import only cases their institution leads. "
            + "At most 10,000 records and 20 MB per request; records are written 500 per transaction.";
}
