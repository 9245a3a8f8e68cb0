package io.revitalization.cases.api;

import io.revitalization.cases.app.SourceService;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.CallerContext;
import io.revitalization.support.web.AcceptLanguages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/api/v1/cases/{idOrSlug}/citations")
@Tag(name = "Cases")
public class CaseCitationResource {
    private final SourceService sources;
    private final CallerContext callers;

    public CaseCitationResource(SourceService sources, CallerContext callers) {
        this.sources = sources;
        this.callers = callers;
    }

    @GET
    @Produces({Citations.CSL_JSON, Citations.BIBTEX})
    @Operation(summary = "Export a case's evidence as citations", description = "Every evidence item of the case (its own, "
            + "its indicators', its testimonies' as this reader may see them) as one CSL-JSON item or BibTeX entry, with "
            + "the registered source it names (/api/v1/sources), its locator and its quote. `format` or Accept picks "
            + "the format (CSL-JSON unless BibTeX is asked for).")
    @APIResponse(responseCode = "200", description = "The citations", content = {
            @Content(mediaType = Citations.CSL_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Map.class,
                    description = "CSL-JSON items"), examples = @ExampleObject(name = "CSL-JSON", ref = "citationsCsl")),
            @Content(mediaType = Citations.BIBTEX, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "BibTeX", ref = "citationsBibtex"))})
    @APIResponse(responseCode = "400", description = "Unknown format", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response citations(@PathParam("idOrSlug") String ref,
                              @Parameter(description = "csl-json or bibtex", example = "csl-json") @QueryParam("format") String format,
                              @Context HttpHeaders headers) {
        var evidence = sources.ofCase(ref, callers.current()).orElseThrow(() -> ProblemException.notFound("case", ref));
        return Citations.answer(format, headers, ref, evidence, AcceptLanguages.preferred(headers));
    }
}
