package io.revitalization.cases.api;

import io.revitalization.cases.api.validation.RequestValidator;
import io.revitalization.cases.app.ProgramService;
import io.revitalization.cases.app.ProgramView;
import io.revitalization.support.http.ETags;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryValues;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.Role;
import jakarta.annotation.security.RolesAllowed;
import io.revitalization.support.security.CallerContext;
import io.revitalization.support.web.AcceptLanguages;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

@Path("/api/v1/programs")
@Tag(name = "Programs", description = "The registry of policy programs cases ran under (MEXT COC 2013, COC+ 2015, "
        + "the national regional-revitalization strategy 2014, MOE USR and its phases); more can be added")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgramResource {
    private final ProgramService programs;
    private final DirectoryResponses responses;
    private final RequestValidator validator;
    private final CallerContext callers;

    public ProgramResource(ProgramService programs, DirectoryResponses responses, RequestValidator validator,
                           CallerContext callers) {
        this.programs = programs;
        this.responses = responses;
        this.validator = validator;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List programs", description = "In code order, with cursor pagination.")
    @APIResponse(responseCode = "200", description = "A page of programs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramPage.class),
                    examples = @ExampleObject(name = "page", ref = "programPage")))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Parameter(example = "TW") @QueryParam("country") String country,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        List<String> languages = AcceptLanguages.preferred(headers);
        var page = programs.list(Optional.ofNullable(country).filter(c -> !c.isEmpty()), QueryValues.page(limit, cursor));
        return PageResponses.ok(page.map(program -> responses.of(program, languages)), uri);
    }

    @POST
    // roles are checked before the body is read: a caller who may not write gets 403, never a 400 for its body
    @RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Add a program", description = "Curators and admins. Years accept any calendar.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramRequest.class),
            examples = @ExampleObject(name = "USR phase 2", ref = "programUsrPhase2")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramResponse.class),
                    examples = @ExampleObject(name = "program", ref = "program")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a curator or admin")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(ProgramRequest request, @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        validator.check(request);
        ProgramView created = programs.create(request.toDraft(), caller);
        return Response.status(Response.Status.CREATED)
                // relative, so that it stays right behind the gateway
                .header(HttpHeaders.LOCATION, "/api/v1/programs/" + created.code())
                .tag(ETags.of(created.version()))
                .entity(responses.of(created, AcceptLanguages.preferred(headers))).build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read a program")
    @APIResponse(responseCode = "200", description = "The program, with its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramResponse.class),
                    examples = @ExampleObject(name = "program", ref = "program")))
    @APIResponse(responseCode = "404", description = "No such program", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@PathParam("code") String code, @Context HttpHeaders headers) {
        ProgramView program = programs.find(code).orElseThrow(() -> ProblemException.notFound("program", code));
        return Response.ok(responses.of(program, AcceptLanguages.preferred(headers))).tag(ETags.of(program.version())).build();
    }

    @PUT
    @RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
    @Path("/{code}")
    @Operation(summary = "Replace a program", description = "Curators and admins; If-Match guards it (412 when stale).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramRequest.class),
            examples = @ExampleObject(name = "USR phase 2", ref = "programUsrPhase2")))
    @APIResponse(responseCode = "200", description = "The program as now stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a curator or admin")
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response replace(@PathParam("code") String code, ProgramRequest body, @Context Request request,
                            @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        validator.check(body);
        ProgramView program = programs.replace(code, body.toDraft(), version -> ETags.requireCurrent(request, version), caller)
                .orElseThrow(() -> ProblemException.notFound("program", code));
        return Response.ok(responses.of(program, AcceptLanguages.preferred(headers))).tag(ETags.of(program.version())).build();
    }

    @Schema(name = "ProgramPage")
    public record ProgramPage(List<ProgramResponse> items, String next) {
    }
}
