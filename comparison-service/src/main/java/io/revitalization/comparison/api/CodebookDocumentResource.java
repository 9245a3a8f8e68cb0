package io.revitalization.comparison.api;

import io.revitalization.comparison.app.coding.CodebookService;
import io.revitalization.comparison.domain.Codebook;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryValues;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/codebooks/{id}/document")
@Tag(name = "Codebooks")
public class CodebookDocumentResource {
    static final String MARKDOWN = "text/markdown; charset=UTF-8";

    private final CodebookService codebooks;

    public CodebookDocumentResource(CodebookService codebooks) {
        this.codebooks = codebooks;
    }

    @GET
    @Produces({MARKDOWN, MediaType.APPLICATION_JSON})
    @Operation(summary = "A codebook version as a document for an appendix",
            description = "Every dimension and code with its label, definition and evidence in zh-TW, ja and en. "
                    + "Markdown (the default): a section per dimension with a table of its labels and definitions, "
                    + "its passages, and a table of its codes with the number each stands for in the reliability "
                    + "matrix (value, order, or position in the list). JSON: the codebook version as GET "
                    + "/api/v1/codebooks/{id}/versions/{version} gives it.")
    @Parameter(name = "format", description = "markdown (default) or json",
            schema = @Schema(enumeration = {"markdown", "json"}))
    @Parameter(name = "version", description = "the codebook version; the latest when absent")
    @APIResponse(responseCode = "200", description = "the document, as an attachment", content = {
            @Content(mediaType = MARKDOWN, examples = @ExampleObject(name = "markdown", ref = "codebookMarkdown")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodebookResponse.class))})
    @APIResponse(responseCode = "400", description = "unknown format or a version that is no whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such codebook or version")
    public Response document(@PathParam("id") String id, @QueryParam("format") String format,
                             @QueryParam("version") String version) {
        String chosen = format == null || format.isEmpty() ? "markdown" : format;
        if (!chosen.equals("markdown") && !chosen.equals("json")) {
            throw ProblemException.invalid("format", "must be markdown or json");
        }
        Codebook codebook = codebooks.find(id).orElseThrow(() -> ProblemException.notFound("codebook", id));
        int number = version == null ? codebook.latestVersion
                : QueryValues.integer("version", version, 1, Integer.MAX_VALUE);
        CodebookVersion found = codebooks.version(codebook.id, number).orElseThrow(() ->
                ProblemException.notFound("version of codebook " + codebook.slug, Integer.toString(number)));
        String file = "codebook-" + codebook.slug + "-v" + found.version;
        return chosen.equals("json")
                ? Response.ok(CodebookResponse.of(codebook, found, false), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + file + ".json\"").build()
                : Response.ok(CodebookMarkdown.of(codebook, found), MARKDOWN)
                .header("Content-Disposition", "attachment; filename=\"" + file + ".md\"").build();
    }
}
