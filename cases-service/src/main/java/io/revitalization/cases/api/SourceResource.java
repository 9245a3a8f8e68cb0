package io.revitalization.cases.api;

import io.revitalization.cases.api.validation.RequestValidator;
import io.revitalization.cases.app.SourceService;
import io.revitalization.cases.app.SourceView;
import io.revitalization.support.http.ETags;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryValues;
import io.revitalization.support.security.Role;
import io.revitalization.support.security.CallerContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

@Path("/api/v1/sources")
@Tag(name = "Sources", description = "The sources evidence cites (the seed's source text, ministry reports, web pages), "
        + "each under a stable id that evidence names in its `source` field")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceResource {
    private final SourceService sources;
    private final RequestValidator validator;
    private final CallerContext callers;

    public SourceResource(SourceService sources, RequestValidator validator, CallerContext callers) {
        this.sources = sources;
        this.validator = validator;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List sources", description = "In id order, with cursor pagination.")
    @APIResponse(responseCode = "200", description = "A page of sources",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(sources.list(QueryValues.page(limit, cursor)).map(SourceResponse::of), uri);
    }

    @POST
    @RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Add a source", description = "Curators and admins.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceRequest.class),
            examples = @ExampleObject(name = "seed text", ref = "sourceSeedText")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceResponse.class),
                    examples = @ExampleObject(name = "source", ref = "source")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a curator or admin")
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(SourceRequest request) {
        var caller = callers.authenticated();
        validator.check(request);
        SourceView created = sources.create(request.toDraft(), caller);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/sources/" + URLEncoder.encode(created.id(), StandardCharsets.UTF_8))
                .tag(ETags.of(created.version()))
                .entity(SourceResponse.of(created)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a source")
    @APIResponse(responseCode = "200", description = "The source, with its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceResponse.class),
                    examples = @ExampleObject(name = "source", ref = "source")))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@PathParam("id") String id) {
        SourceView source = sources.find(id).orElseThrow(() -> ProblemException.notFound("source", id));
        return Response.ok(SourceResponse.of(source)).tag(ETags.of(source.version())).build();
    }

    @Schema(name = "SourcePage")
    public record SourcePage(List<SourceResponse> items, String next) {
    }
}
