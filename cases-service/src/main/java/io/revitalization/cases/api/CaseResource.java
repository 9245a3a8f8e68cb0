package io.revitalization.cases.api;

import io.revitalization.cases.api.validation.RequestValidator;
import io.revitalization.cases.app.CaseService;
import io.revitalization.cases.app.CaseView;
import io.revitalization.support.http.ETags;
import io.revitalization.support.idempotency.IdempotencyKeys;
import io.revitalization.support.idempotency.IdempotentRequests;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryValues;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.CallerContext;
import io.revitalization.support.web.AcceptLanguages;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "The case registry: university-led regional revitalization practices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {
    private final CaseService cases;
    private final CaseFilters filters;
    private final CaseResponses responses;
    private final RequestValidator validator;
    private final IdempotentRequests idempotentRequests;
    private final CallerContext callers;

    public CaseResource(CaseService cases, CaseFilters filters, CaseResponses responses, RequestValidator validator,
                        IdempotentRequests idempotentRequests, CallerContext callers) {
        this.cases = cases;
        this.filters = filters;
        this.responses = responses;
        this.validator = validator;
        this.idempotentRequests = idempotentRequests;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List cases", description = "Filtered, in slug order, with cursor pagination (limit ≤ 200). "
            + "Sensitive cases are left out for readers who may not read them.")
    @APIResponse(responseCode = "200", description = "A page of cases; a Link header points to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasePage.class),
                    examples = @ExampleObject(name = "page", ref = "casePage")))
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "bad sdg", ref = "badSdgProblem")))
    public Response list(@BeanParam CaseFilterParams filter,
                         @Parameter(description = "1–200, default 50") @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        List<String> languages = AcceptLanguages.preferred(headers);
        Page<CaseView> page = cases.list(filters.of(filter), QueryValues.page(limit, cursor), callers.current());
        return PageResponses.ok(page.map(view -> responses.of(view, languages)), uri);
    }

    @POST
    @Operation(summary = "Create a case", description = "For members of the lead institution, curators and admins. "
            + "Only title, country and leadInstitution are required. Years accept any calendar. An Idempotency-Key "
            + "replays the first response. Unknown fields are refused with a 400 naming them.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseRequest.class),
            examples = {@ExampleObject(name = "minimal", ref = "caseMinimal"),
                    @ExampleObject(name = "full", ref = "caseFull"),
                    @ExampleObject(name = "COC+ yearly targets", ref = "caseCocPlusTargets")}))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class),
                    examples = @ExampleObject(name = "case", ref = "case")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", ref = "validationProblem")))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "anonymous", ref = "unauthorizedProblem")))
    @APIResponse(responseCode = "403", description = "The caller's institution is not the lead",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other institution", ref = "forbiddenProblem")))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    @APIResponse(responseCode = "413", description = "The body is over 1 MB")
    public Response create(CaseRequest request,
                           @Parameter(description = "Replays the first response for the same key and body")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        validator.check(request);
        List<String> languages = AcceptLanguages.preferred(headers);
        return idempotentRequests.run(idempotencyKey, caller, "POST /api/v1/cases", request, () -> {
            CaseView created = cases.create(request.toDraft(), caller);
            return Response.status(Response.Status.CREATED)
                    // relative, so that it stays right behind the gateway
                    .header(HttpHeaders.LOCATION, "/api/v1/cases/" + created.id())
                    .tag(ETags.of(created.version()))
                    .entity(responses.of(created, languages))
                    .build();
        });
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(summary = "Read a case", description = "By id or slug. Sensitive content is withheld (and named in "
            + "`withheld`) for readers who may not read it. Answers 304 to a matching If-None-Match.")
    @APIResponse(responseCode = "200", description = "The case, with its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class),
                    examples = @ExampleObject(name = "case", ref = "case")))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", ref = "notFoundProblem")))
    @APIResponse(responseCode = "410", description = "The case was deleted; its revisions can still be read")
    public Response get(@PathParam("idOrSlug") String ref, @Context Request request, @Context HttpHeaders headers) {
        CaseView view = cases.find(ref, callers.current()).orElseThrow(() -> ProblemException.notFound("case", ref));
        if (view.deleted()) {
            throw new ProblemException(Problem.of(410, "gone", "Gone", "case '" + view.slug()
                    + "' was deleted; its revisions can still be read"));
        }
        EntityTag etag = ETags.of(view.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(responses.of(view, AcceptLanguages.preferred(headers))).tag(etag).build();
    }

    @PUT
    @Path("/{idOrSlug}")
    @Operation(summary = "Replace a case", description = "The whole case, as in create (the slug cannot change). "
            + "Send If-Match with the ETag you read: a stale one answers 412. A body equal to the stored case "
            + "makes no new version.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseRequest.class), examples = @ExampleObject(name = "full", ref = "caseFull")))
    @APIResponse(responseCode = "200", description = "The case as now stored, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", ref = "validationProblem")))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a member of the lead institution, nor curator or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other institution", ref = "forbiddenProblem")))
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "410", description = "The case was deleted")
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", ref = "preconditionFailedProblem")))
    public Response replace(@PathParam("idOrSlug") String ref, CaseRequest body, @Context Request request,
                            @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        CaseView view = cases.replace(ref, () -> {
            validator.check(body);
            return body.toDraft();
        }, version -> ETags.requireCurrent(request, version), caller)
                .orElseThrow(() -> ProblemException.notFound("case", ref));
        return Response.ok(responses.of(view, AcceptLanguages.preferred(headers))).tag(ETags.of(view.version())).build();
    }

    @DELETE
    @Path("/{idOrSlug}")
    @Operation(summary = "Delete a case (soft)", description = "The case leaves lists and reads (410) but keeps its "
            + "revisions; a case.deleted.v1 event carries its last state. If-Match guards it as for PUT.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a member of the lead institution, nor curator or admin")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "410", description = "Deleted already")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response delete(@PathParam("idOrSlug") String ref, @Context Request request) {
        Caller caller = callers.authenticated();
        if (!cases.delete(ref, version -> ETags.requireCurrent(request, version), caller)) {
            throw ProblemException.notFound("case", ref);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{idOrSlug}/revisions")
    @Operation(summary = "Revision history of a case", description = "Oldest first: who changed which fields, when. "
            + "The author is the API key's label and its institution; only admins also see the key's id (`subject`).")
    @APIResponse(responseCode = "200", description = "A page of revisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class),
                    examples = @ExampleObject(name = "history", ref = "caseRevisions")))
    @APIResponse(responseCode = "404", description = "No such case")
    public Response revisions(@PathParam("idOrSlug") String ref, @QueryParam("limit") String limit,
                              @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        var page = cases.revisions(ref, QueryValues.page(limit, cursor))
                .orElseThrow(() -> ProblemException.notFound("case", ref));
        Caller reader = callers.current();
        return PageResponses.ok(page.map(revision -> RevisionResponse.of(revision, null, reader)), uri);
    }

    @GET
    @Path("/{idOrSlug}/revisions/{version}")
    @Operation(summary = "Read an old revision", description = "The case as it was at that version, with sensitive "
            + "content withheld as for the current case.")
    @APIResponse(responseCode = "200", description = "The revision and the case as of it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such case or revision")
    public Response revision(@PathParam("idOrSlug") String ref,
                             @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("version") String version,
                             @Context HttpHeaders headers) {
        long number = parseVersion(version);
        Caller reader = callers.current();
        CaseService.RevisionView revision = cases.revision(ref, number, reader)
                .orElseThrow(() -> ProblemException.notFound("revision of case", ref + "@" + version));
        return Response.ok(RevisionResponse.of(revision.revision(),
                responses.of(revision.asOfRevision(), AcceptLanguages.preferred(headers)), reader)).build();
    }

    private static long parseVersion(String version) {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("version", "must be a revision number (1, 2, …)");
        }
    }

    /** For the OpenAPI document. */
    @Schema(name = "CasePage")
    public record CasePage(List<CaseResponse> items, String next) {
    }

    @Schema(name = "CaseRevisionPage")
    public record RevisionPage(List<RevisionResponse> items, String next) {
    }
}
