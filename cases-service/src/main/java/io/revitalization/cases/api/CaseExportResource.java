package io.revitalization.cases.api;

import io.revitalization.cases.domain.CaseFilter;
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


@Path("/api/v1/cases/export")
@Tag(name = "Cases")
public class CaseExportResource {
    static final String CSV = "text/csv; charset=UTF-8";

    private final CaseExporter exporter;
    private final CaseFilters filters;
    private final CallerContext callers;

    public CaseExportResource(CaseExporter exporter, CaseFilters filters, CallerContext callers) {
        this.exporter = exporter;
        this.filters = filters;
        this.callers = callers;
    }

    @GET
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export a filtered list of cases",
            description = "Every case the filters match (no paging), in slug order. CSV is UTF-8 with a byte order "
                    + "mark and CRLF line ends; multi-valued cells are joined with '; '; text cells starting with "
                    + "= + - @ get a leading apostrophe so that spreadsheets do not run them. JSON is an array of "
                    + "cases in the shape POST /api/v1/cases/import takes (institutions by slug, fiscal and academic "
                    + "years as FY2022 and AY2022, no ids, versions or timestamps), so that it imports back "
                    + "unchanged. Sensitive cases are left out unless the caller may read them.")
    @APIResponse(responseCode = "200", description = "The export, as an attachment",
            content = {@Content(mediaType = CSV, examples = @ExampleObject(name = "csv", ref = "caseExportCsv")),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CaseRequest.class))})
    @APIResponse(responseCode = "400", description = "Unknown format or invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response export(@Parameter(description = "csv (default) or json", schema = @Schema(enumeration = {"csv", "json"}))
                           @QueryParam("format") String format,
                           @BeanParam CaseFilterParams params) {
        String chosen = format == null || format.isEmpty() ? "csv" : format;
        if (!chosen.equals("csv") && !chosen.equals("json")) {
            throw ProblemException.invalid("format", "must be csv or json");
        }
        CaseFilter filter = filters.of(params);
        Caller caller = callers.current();
        StreamingOutput body = chosen.equals("csv")
                ? out -> exporter.writeCsv(filter, caller, out)
                : out -> exporter.writeJson(filter, caller, out);
        return Response.ok(body, chosen.equals("csv") ? CSV : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"cases." + chosen + "\"")
                .build();
    }
}
