package io.revitalization.comparison.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.comparison.app.coding.CodebookService;
import io.revitalization.comparison.app.coding.CodingListing;
import io.revitalization.comparison.app.coding.CodingService;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.Evidence;
import io.revitalization.support.export.CsvRows;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.CallerContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

@Path("/api/v1/codings/export")
@Tag(name = "Codings")
public class CodingExportResource {
    static final int BATCH = 500;
    static final List<String> HEADER = List.of("id", "codebook", "codebook_version", "case", "case_id", "year",
            "dimension", "codes", "coder", "confidence", "evidence_source", "evidence_locator", "evidence_quote",
            "evidence_url", "note", "withheld", "created_by", "created_at");

    private final CodingService codings;
    private final CodebookService codebooks;
    private final CallerContext callers;
    private final ObjectMapper json;

    public CodingExportResource(CodingService codings, CodebookService codebooks, CallerContext callers,
                                ObjectMapper json) {
        this.codings = codings;
        this.codebooks = codebooks;
        this.callers = callers;
        this.json = json;
    }

    @GET
    @Produces({CsvRows.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export codings in long form: one row per coding",
            description = "Every coding the filters match (no paging), in the order they were recorded. CSV is "
                    + "UTF-8 with a byte order mark and CRLF line ends; a multi-valued coding's codes are joined "
                    + "with '; '; text cells starting with = + - @ get a leading apostrophe so that spreadsheets do "
                    + "not run them; an empty cell is missing. JSON is an array of codings in the shape POST /api/v1/codings/import takes "
                    + "(case by slug, no ids or timestamps), so that it imports back unchanged. "
                    + "Codings of sensitive cases are left out, and evidence and note withheld, as in the list.")
    @APIResponse(responseCode = "200", description = "the export, as an attachment", content = {
            @Content(mediaType = CsvRows.MEDIA_TYPE, examples = @ExampleObject(name = "csv", ref = "codingExportCsv")),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CodingRequest.class))})
    @APIResponse(responseCode = "400", description = "unknown format, bad filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response export(@Parameter(description = "csv (default) or json",
                                   schema = @Schema(enumeration = {"csv", "json"})) @QueryParam("format") String format,
                           @BeanParam CodingFilterParams filters) {
        String chosen = format == null || format.isEmpty() ? "csv" : format;
        if (!chosen.equals("csv") && !chosen.equals("json")) {
            throw ProblemException.invalid("format", "must be csv or json");
        }
        CodingListing listing = filters.toListing(codings, codebooks);
        Caller caller = callers.current();
        StreamingOutput body = chosen.equals("csv")
                ? out -> {
                    try (CsvRows rows = CsvRows.open(out, HEADER)) {
                        forEach(listing, caller, coding -> rows.row(row(coding)));
                    }
                }
                : out -> {
                    try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
                        generator.writeStartArray();
                        forEach(listing, caller, coding -> json.writeValue(generator, CodingRequest.of(coding)));
                        generator.writeEndArray();
                    }
                };
        return Response.ok(body, chosen.equals("csv") ? CsvRows.MEDIA_TYPE : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"codings." + chosen + "\"").build();
    }

    private interface RowWriter {
        void write(CodingResponse coding) throws IOException;
    }

    private void forEach(CodingListing listing, Caller caller, RowWriter writer) throws IOException {
        CodingResponses responses = new CodingResponses(codings, codebooks, caller);
        Long after = null;
        List<CaseCoding> batch;
        do {
            batch = codings.page(listing, CaseTexts.scopeOf(caller), after, BATCH);
            for (CaseCoding coding : batch) {
                writer.write(responses.of(coding));
            }
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).seq;
        } while (batch.size() == BATCH);
    }

    private static List<Object> row(CodingResponse c) {
        Evidence evidence = c.evidence() == null ? new Evidence(null, null, null, null) : c.evidence();
        return Arrays.asList(c.id(), c.codebook().slug(), c.codebook().version(), c.caseSlug(), c.caseId(), c.year(),
                c.dimension(), String.join("; ", c.codes()), c.coder(), c.confidence(), evidence.source(),
                evidence.locator(), evidence.quote(), evidence.url(), c.note(), String.join(";", c.withheld()),
                c.createdBy(), c.createdAt());
    }
}
