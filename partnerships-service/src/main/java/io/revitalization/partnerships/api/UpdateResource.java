package io.revitalization.partnerships.api;

import io.quarkus.security.Authenticated;
import io.revitalization.partnerships.app.InstitutionDirectory;
import io.revitalization.partnerships.app.PartnershipService;
import io.revitalization.partnerships.app.PartnershipUpdateService;
import io.revitalization.partnerships.app.UpdateCommand;
import io.revitalization.partnerships.domain.FlowDirection;
import io.revitalization.partnerships.domain.PartnershipUpdate;
import io.revitalization.partnerships.domain.UpdateFilter;
import io.revitalization.partnerships.domain.UpdateKind;
import io.revitalization.partnerships.domain.UpdateStatus;
import io.revitalization.support.http.ContentETag;
import io.revitalization.support.http.ETags;
import io.revitalization.support.idempotency.IdempotencyKeys;
import io.revitalization.support.idempotency.IdempotentRequests;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryValues;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.CallerContext;
import io.revitalization.support.web.AcceptLanguages;
import io.revitalization.values.LocalizedText;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;
import java.util.List;

@Path("/api/v1/partnerships")
@Tag(name = "Partnership updates", description = "Activities, milestones, outcomes and phase-change requests that "
        + "member universities post; corrections are kept as revisions, withdrawals only mark an update")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UpdateResource {
    private final PartnershipUpdateService updates;
    private final PartnershipService partnerships;
    private final InstitutionDirectory directory;
    private final ResponseMapper mapper;
    private final CallerContext callers;
    private final IdempotentRequests idempotentRequests;
    private final RequestBodies bodies;

    public UpdateResource(PartnershipUpdateService updates, PartnershipService partnerships,
                          InstitutionDirectory directory, ResponseMapper mapper, CallerContext callers,
                          IdempotentRequests idempotentRequests, RequestBodies bodies) {
        this.bodies = bodies;
        this.updates = updates;
        this.partnerships = partnerships;
        this.directory = directory;
        this.mapper = mapper;
        this.callers = callers;
        this.idempotentRequests = idempotentRequests;
    }

    @GET
    @Path("/updates")
    @Operation(summary = "The updates feed of all partnerships", description = "Newest first (by the date of what "
            + "happened, then by posting time), over the partnerships the caller may see. Withdrawn updates stay, "
            + "marked `WITHDRAWN`; `status=ACTIVE` leaves them out.")
    @ContentETag
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag named in If-None-Match (the ETag is made from the answer)")
    @APIResponse(responseCode = "200", description = "A page of updates", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdatePage.class), examples = @ExampleObject(name = "feed", ref = "updatePage")))
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response feedOfAll(
            @Parameter(description = "Posted by this institution (id or slug)", example = "kochi-university")
            @QueryParam("institution") String institution,
            @Parameter(schema = @Schema(implementation = UpdateKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = FlowDirection.class)) @QueryParam("direction") String direction,
            @Parameter(schema = @Schema(implementation = UpdateStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Year of the update's date", example = "2025") @QueryParam("year") String year,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri, @Context HttpHeaders headers) {
        PageRequest page = QueryValues.page(limit, cursor);
        UpdateFilter filter = filter(institution, kind, direction, status, year);
        return PageResponses.ok(mapper.updates(updates.feedAll(filter, callers.current(), page),
                AcceptLanguages.preferred(headers)), uri);
    }

    @GET
    @Path("/{idOrSlug}/updates")
    @Operation(summary = "The updates feed of one partnership", description = "Newest first; same filters as the "
            + "feed of all partnerships.")
    @ContentETag
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag named in If-None-Match (the ETag is made from the answer)")
    @APIResponse(responseCode = "200", description = "A page of updates", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdatePage.class), examples = @ExampleObject(name = "feed", ref = "updatePage")))
    @APIResponse(responseCode = "404", description = "No such partnership", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response feed(@PathParam("idOrSlug") String idOrSlug,
                         @QueryParam("institution") String institution,
                         @Parameter(schema = @Schema(implementation = UpdateKind.class)) @QueryParam("kind") String kind,
                         @Parameter(schema = @Schema(implementation = FlowDirection.class))
                         @QueryParam("direction") String direction,
                         @Parameter(schema = @Schema(implementation = UpdateStatus.class))
                         @QueryParam("status") String status,
                         @QueryParam("year") String year,
                         @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri, @Context HttpHeaders headers) {
        PageRequest page = QueryValues.page(limit, cursor);
        UpdateFilter filter = filter(institution, kind, direction, status, year);
        return PageResponses.ok(mapper.updates(updates.feed(idOrSlug, filter, callers.current(), page)
                .orElseThrow(() -> PartnershipResource.notFound(idOrSlug)), AcceptLanguages.preferred(headers)), uri);
    }

    @POST
    @Path("/{idOrSlug}/updates")
    @Authenticated
    @Operation(summary = "Post an update", description = "Only a member institution of the partnership (the "
            + "`institution` of the caller's token). With `Idempotency-Key`, a retried post stores one update and "
            + "replays the first response.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "activity", ref = "updateRequest")))
    @APIResponse(responseCode = "201", description = "Posted; `Location` and `ETag` headers", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateResponse.class), examples = @ExampleObject(name = "posted", ref = "update")))
    @APIResponse(responseCode = "400", description = "Invalid content, naming each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", ref = "validationProblem")))
    @APIResponse(responseCode = "401", description = "Anonymous or invalid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "anonymous", ref = "unauthorizedProblem")))
    @APIResponse(responseCode = "403", description = "The caller's institution is not a member; nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not a member", ref = "forbiddenProblem")))
    @APIResponse(responseCode = "404", description = "No such partnership", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "key reused", ref = "idempotencyProblem")))
    public Response post(@PathParam("idOrSlug") String idOrSlug, UpdateRequest request,
                         @Parameter(description = "Makes a retried POST store one update")
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                         @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        // keyed by the partnership's id, so a retry through its slug finds the first post
        UUID partnershipId = partnerships.find(idOrSlug, caller).map(found -> found.id)
                .orElseThrow(() -> PartnershipResource.notFound(idOrSlug));
        return idempotentRequests.run(idempotencyKey, caller, "post-update " + partnershipId, request, () -> {
            PartnershipUpdate posted = updates.post(idOrSlug, () -> command(request), caller)
                    .orElseThrow(() -> PartnershipResource.notFound(idOrSlug));
            return Response.status(Response.Status.CREATED)
                    .header(HttpHeaders.LOCATION, location(posted))
                    .tag(ETags.of(posted.version))
                    .entity(mapper.update(posted, AcceptLanguages.preferred(headers)))
                    .build();
        });
    }

    @GET
    @Path("/{idOrSlug}/updates/{updateId}")
    @Operation(summary = "Get one update")
    @APIResponse(responseCode = "200", description = "The update, with a strong `ETag`", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateResponse.class), examples = @ExampleObject(name = "update", ref = "update")))
    @APIResponse(responseCode = "404", description = "No such update in this partnership",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@PathParam("idOrSlug") String idOrSlug, @PathParam("updateId") String updateId,
                        @Context HttpHeaders headers) {
        PartnershipUpdate update = updates.find(idOrSlug, updateId, callers.current())
                .orElseThrow(() -> updateNotFound(updateId));
        return Response.ok(mapper.update(update, AcceptLanguages.preferred(headers))).tag(ETags.of(update.version)).build();
    }

    @PUT
    @Path("/{idOrSlug}/updates/{updateId}")
    @Authenticated
    @Operation(summary = "Correct an update", description = "Only the institution that posted it. The correction "
            + "becomes a new revision; earlier revisions stay readable. `If-Match` guards against lost corrections.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "correction", ref = "updateRequest")))
    @APIResponse(responseCode = "200", description = "Corrected; new `ETag`", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateResponse.class), examples = @ExampleObject(name = "corrected", ref = "update")))
    @APIResponse(responseCode = "400", description = "Invalid content", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not the author institution", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such update", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The update is withdrawn", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response correct(@PathParam("idOrSlug") String idOrSlug, @PathParam("updateId") String updateId,
                            UpdateRequest request, @Context Request httpRequest,
                            @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        PartnershipUpdate corrected = updates.correct(idOrSlug, updateId, () -> command(request), caller,
                version -> ETags.requireCurrent(httpRequest, version)).orElseThrow(() -> updateNotFound(updateId));
        return Response.ok(mapper.update(corrected, AcceptLanguages.preferred(headers)))
                .tag(ETags.of(corrected.version)).build();
    }

    @POST
    @Path("/{idOrSlug}/updates/{updateId}/withdraw")
    @Authenticated
    @Operation(summary = "Withdraw an update", description = "The author institution, a curator or an admin. The "
            + "update stays in the feeds, marked `WITHDRAWN`, and no longer counts in reciprocity or the phase "
            + "suggestion. The body is optional.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "with a reason", ref = "withdrawRequest")))
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateResponse.class), examples = @ExampleObject(name = "withdrawn", ref = "update")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Neither the author, a curator nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such update", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Already withdrawn", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response withdraw(@PathParam("idOrSlug") String idOrSlug, @PathParam("updateId") String updateId,
                             WithdrawRequest request, @Context Request httpRequest,
                             @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        PartnershipUpdate withdrawn = updates.withdraw(idOrSlug, updateId, () -> reason(request), caller,
                version -> ETags.requireCurrent(httpRequest, version)).orElseThrow(() -> updateNotFound(updateId));
        return Response.ok(mapper.update(withdrawn, AcceptLanguages.preferred(headers)))
                .tag(ETags.of(withdrawn.version)).build();
    }

    @GET
    @Path("/{idOrSlug}/updates/{updateId}/revisions")
    @Operation(summary = "Every revision of an update", description = "Revision 1 as posted, then one per correction.")
    @APIResponse(responseCode = "200", description = "A page of revisions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class), examples = @ExampleObject(name = "revisions", ref = "revisions")))
    @APIResponse(responseCode = "404", description = "No such update", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response revisions(@PathParam("idOrSlug") String idOrSlug, @PathParam("updateId") String updateId,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
                              @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        PageRequest page = QueryValues.page(limit, cursor);
        return PageResponses.ok(updates.revisions(idOrSlug, updateId, callers.current(), page)
                .orElseThrow(() -> updateNotFound(updateId))
                .map(ResponseMapper::revision), uri);
    }

    private UpdateFilter filter(String institution, String kind, String direction, String status, String year) {
        UUID author = institution == null || institution.isEmpty() ? null : directory.findLive(institution)
                .map(found -> found.id)
                .orElseThrow(() -> ProblemException.invalid("institution", "is not a known institution"));
        return new UpdateFilter(null, author, QueryValues.enumIgnoringCase("kind", kind, UpdateKind.class),
                QueryValues.enumIgnoringCase("direction", direction, FlowDirection.class),
                QueryValues.enumIgnoringCase("status", status, UpdateStatus.class), QueryValues.year("year", year));
    }

    /** The body checked (once the caller may post or correct): Bean Validation, then the explicit checks. */
    private UpdateCommand command(UpdateRequest request) {
        PartnershipChecks.check(bodies.valid(request));
        return RequestMapper.update(request);
    }

    /** The optional reason of a withdrawal, checked once the caller may withdraw. */
    private LocalizedText reason(WithdrawRequest request) {
        LocalizedText reason = request == null ? null : bodies.valid(request).reason();
        RequestChecks.start().text("reason", reason, false, Limits.REASON).orFail();
        return reason;
    }

    private static String location(PartnershipUpdate update) {
        return "/api/v1/partnerships/" + update.partnershipId + "/updates/" + update.id;
    }

    private static ProblemException updateNotFound(String updateId) {
        return ProblemException.notFound("update", updateId);
    }

    @Schema(name = "UpdatePage")
    public record UpdatePage(List<UpdateResponse> items, String next) {
    }

    @Schema(name = "RevisionPage")
    public record RevisionPage(List<RevisionResponse> items, String next) {
    }
}
