package io.revitalization.partnerships.api;

import io.quarkus.security.Authenticated;
import io.revitalization.partnerships.app.InstitutionDirectory;
import io.revitalization.partnerships.app.PartnershipCommand;
import io.revitalization.partnerships.app.PartnershipService;
import io.revitalization.partnerships.app.PhaseChanged;
import io.revitalization.partnerships.domain.AgreementStatus;
import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.partnerships.domain.PartnershipFilter;
import io.revitalization.partnerships.domain.PartnershipKind;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.support.http.ContentETag;
import io.revitalization.support.http.ETags;
import io.revitalization.support.idempotency.IdempotencyKeys;
import io.revitalization.support.idempotency.IdempotentRequests;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryValues;
import io.revitalization.support.refs.Slugs;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.CallerContext;
import io.revitalization.support.web.AcceptLanguages;
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
import java.util.regex.Pattern;
import java.util.List;

@Path("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "Taiwan–Japan partnerships, their members, agreements and declared phase")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnershipResource {
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern THEME = Pattern.compile(Slugs.PATTERN);

    private final PartnershipService partnerships;
    private final InstitutionDirectory directory;
    private final ResponseMapper mapper;
    private final CallerContext callers;
    private final IdempotentRequests idempotentRequests;
    private final RequestBodies bodies;

    public PartnershipResource(PartnershipService partnerships, InstitutionDirectory directory, ResponseMapper mapper,
                               CallerContext callers, IdempotentRequests idempotentRequests, RequestBodies bodies) {
        this.partnerships = partnerships;
        this.directory = directory;
        this.mapper = mapper;
        this.callers = callers;
        this.idempotentRequests = idempotentRequests;
        this.bodies = bodies;
    }

    @GET
    @Operation(summary = "List partnerships", description = "Oldest first; non-public partnerships only for their "
            + "members, curators and admins. `year`: active that year (the agreement's known dates cover it, or a "
            + "member reported activity in it).")
    @ContentETag
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag named in If-None-Match (the ETag is made from the answer)")
    @APIResponse(responseCode = "200", description = "A page of partnerships; `Link: <…>; rel=\"next\"` when more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipPage.class),
                    examples = @ExampleObject(name = "page", ref = "partnershipPage")))
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", ref = "validationProblem")))
    public Response list(
            @Parameter(description = "Members' country, ISO alpha-2", example = "JP") @QueryParam("country") String country,
            @Parameter(description = "A member institution, id or slug", example = "kochi-university")
            @QueryParam("institution") String institution,
            @Parameter(schema = @Schema(implementation = PartnershipKind.class)) @QueryParam("kind") String kind,
            @Parameter(example = "ageing-society") @QueryParam("theme") String theme,
            @Parameter(schema = @Schema(implementation = Phase.class)) @QueryParam("phase") String phase,
            @Parameter(description = "Agreement status", schema = @Schema(implementation = AgreementStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Active in this year", example = "2025") @QueryParam("year") String year,
            @Parameter(description = "1 to 200, default 50", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        PageRequest page = QueryValues.page(limit, cursor);
        PartnershipFilter filter = new PartnershipFilter(
                QueryValues.matching("country", country, COUNTRY, "must be an ISO 3166-1 alpha-2 code such as JP or TW"),
                institutionId(institution),
                QueryValues.enumIgnoringCase("kind", kind, PartnershipKind.class),
                QueryValues.matching("theme", QueryValues.atMost("theme", theme, Limits.THEME), THEME,
                        "must be a lowercase hyphenated word, e.g. ageing-society"),
                QueryValues.enumIgnoringCase("phase", phase, Phase.class),
                QueryValues.enumIgnoringCase("status", status, AgreementStatus.class), QueryValues.year("year", year));
        return PageResponses.ok(mapper.partnerships(partnerships.list(filter, callers.current(), page),
                AcceptLanguages.preferred(headers)), uri);
    }

    @POST
    @Authenticated
    @Operation(summary = "Create a partnership", description = "Curators and admins; a partner university only for "
            + "a partnership it leads (its institution listed as LEAD). Accepts `Idempotency-Key`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "named members", ref = "partnershipRequest"),
            @ExampleObject(name = "members not named by the source", ref = "unnamedPartnershipRequest")}))
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` headers", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipResponse.class), examples = @ExampleObject(name = "created", ref = "partnership")))
    @APIResponse(responseCode = "400", description = "Invalid content, naming each field", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", ref = "validationProblem")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "anonymous", ref = "unauthorizedProblem")))
    @APIResponse(responseCode = "403", description = "A partner creating a partnership it does not lead",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Slug taken", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "slug taken", ref = "conflictProblem")))
    @APIResponse(responseCode = "413", description = "Body over 1 MB", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "key reused", ref = "idempotencyProblem")))
    public Response create(PartnershipRequest request,
                           @Parameter(description = "Makes a retried POST create one partnership")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        // any partner may create a partnership it leads: which one it leads is in the body
        PartnershipCommand command = command(request);
        return idempotentRequests.run(idempotencyKey, caller, "create-partnership", request, () -> {
            Partnership created = partnerships.create(command, caller);
            return Response.status(Response.Status.CREATED)
                    .header(HttpHeaders.LOCATION, "/api/v1/partnerships/" + created.id)
                    .tag(ETags.of(created.version))
                    .entity(mapper.partnership(created, AcceptLanguages.preferred(headers)))
                    .build();
        });
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(summary = "Get a partnership by id or slug")
    @APIResponse(responseCode = "200", description = "The partnership, with a strong `ETag`", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipResponse.class), examples = @ExampleObject(name = "partnership", ref = "partnership")))
    @APIResponse(responseCode = "404", description = "No such partnership (or not visible to the caller)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found", ref = "notFoundProblem")))
    public Response get(@Parameter(example = "nkust-kochi-joint-competition") @PathParam("idOrSlug") String idOrSlug,
                        @Context HttpHeaders headers) {
        Partnership partnership = partnerships.find(idOrSlug, callers.current()).orElseThrow(() -> notFound(idOrSlug));
        return Response.ok(mapper.partnership(partnership, AcceptLanguages.preferred(headers)))
                .tag(ETags.of(partnership.version)).build();
    }

    @PUT
    @Path("/{idOrSlug}")
    @Authenticated
    @Operation(summary = "Replace a partnership's content", description = "Curators, admins and the lead member. "
            + "`If-Match` with the ETag guards against lost updates (412 when stale). The slug cannot change; the "
            + "phase changes through PUT …/phase.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "replace", ref = "partnershipRequest")))
    @APIResponse(responseCode = "200", description = "Replaced; new `ETag`", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipResponse.class), examples = @ExampleObject(name = "replaced", ref = "partnership")))
    @APIResponse(responseCode = "400", description = "Invalid content", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "invalid", ref = "validationProblem")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not a curator, admin or the lead member",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such partnership", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "stale", ref = "preconditionProblem")))
    public Response replace(@PathParam("idOrSlug") String idOrSlug, PartnershipRequest request,
                            @Context Request httpRequest, @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        Partnership replaced = partnerships.replace(idOrSlug, () -> command(request), caller,
                version -> ETags.requireCurrent(httpRequest, version)).orElseThrow(() -> notFound(idOrSlug));
        return Response.ok(mapper.partnership(replaced, AcceptLanguages.preferred(headers)))
                .tag(ETags.of(replaced.version)).build();
    }

    @DELETE
    @Path("/{idOrSlug}")
    @Authenticated
    @Operation(summary = "Delete a partnership", description = "Curators and admins. The partnership disappears from "
            + "reads and announces itself deleted; its updates and phase history stay stored.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not a curator or admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such partnership", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@PathParam("idOrSlug") String idOrSlug, @Context Request httpRequest) {
        Caller caller = callers.authenticated();
        partnerships.delete(idOrSlug, caller, version -> ETags.requireCurrent(httpRequest, version))
                .orElseThrow(() -> notFound(idOrSlug));
        return Response.noContent().build();
    }

    @PUT
    @Path("/{idOrSlug}/phase")
    @Authenticated
    @Operation(summary = "Declare a new phase", description = "Curators, admins and the lead member. Records from, "
            + "to, when (today if `at` is absent), why and the evidence in the phase history; the phase suggestion "
            + "never does this. `If-Match` takes the partnership's ETag.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "co-creation", ref = "phaseRequest")))
    @APIResponse(responseCode = "200", description = "The recorded change; `ETag` of the partnership", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhaseChangeResponse.class), examples = @ExampleObject(name = "change", ref = "phaseChange")))
    @APIResponse(responseCode = "400", description = "Invalid content", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not a curator, admin or the lead member",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such partnership", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Already in that phase", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response changePhase(@PathParam("idOrSlug") String idOrSlug, PhaseRequest request,
                                @Context Request httpRequest) {
        Caller caller = callers.authenticated();
        PhaseChanged changed = partnerships.changePhase(idOrSlug, () -> {
            bodies.valid(request);
            RequestChecks.start()
                    .text("reason", request.reason(), true, Limits.REASON)
                    .date("at", request.at())
                    .evidence("evidence", request.evidence())
                    .orFail();
            return RequestMapper.phase(request);
        }, caller,
                version -> ETags.requireCurrent(httpRequest, version)).orElseThrow(() -> notFound(idOrSlug));
        return Response.ok(ResponseMapper.phaseChange(changed.change()))
                .tag(ETags.of(changed.partnershipVersion())).build();
    }

    @POST
    @Path("/{idOrSlug}/members/{institution}/consent")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Confirm a membership", description = "A partner university's key that names another "
            + "institution as a member makes it `PENDING` (`members[].consent`); one of that institution's own keys "
            + "confirms it here (curators and admins may record a consent given elsewhere). Until then the member "
            + "may read the partnership but not post to it or lead it, and it is left out of the network, the "
            + "`institution` filter and comparisons. Confirming a confirmed member changes nothing. No body; "
            + "`If-Match` takes the partnership's ETag.")
    @APIResponse(responseCode = "200", description = "The partnership with the member confirmed; new `ETag`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipResponse.class),
                    examples = @ExampleObject(name = "confirmed", ref = "partnership")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not a key of that institution, a curator or an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such partnership, or the institution is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response confirmMember(@Parameter(example = "nkust-kochi-joint-competition") @PathParam("idOrSlug") String idOrSlug,
                                  @Parameter(description = "The member institution, id or slug", example = "kochi-university")
                                  @PathParam("institution") String institution,
                                  @Context Request httpRequest, @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        Partnership partnership = partnerships.confirmMember(idOrSlug, institution, caller,
                version -> ETags.requireCurrent(httpRequest, version)).orElseThrow(() -> notFound(idOrSlug));
        return Response.ok(mapper.partnership(partnership, AcceptLanguages.preferred(headers)))
                .tag(ETags.of(partnership.version)).build();
    }

    @POST
    @Path("/{idOrSlug}/members/{institution}/decline")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Decline a membership", description = "One of a pending member institution's own keys "
            + "declines: the institution is removed from the partnership (a confirmed member is removed by the lead "
            + "member or a curator with a PUT). No body; `If-Match` takes the partnership's ETag.")
    @APIResponse(responseCode = "204", description = "Declined; the institution is no longer a member")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not a key of that institution",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such partnership, or the institution is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The membership is already confirmed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response declineMember(@PathParam("idOrSlug") String idOrSlug,
                                  @Parameter(description = "The member institution, id or slug", example = "kochi-university")
                                  @PathParam("institution") String institution, @Context Request httpRequest) {
        Caller caller = callers.authenticated();
        partnerships.declineMember(idOrSlug, institution, caller, version -> ETags.requireCurrent(httpRequest, version))
                .orElseThrow(() -> notFound(idOrSlug));
        return Response.noContent().build();
    }

    @GET
    @Path("/{idOrSlug}/phase-history")
    @Operation(summary = "The phase history of a partnership", description = "In the order recorded, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of phase changes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhaseChangePage.class), examples = @ExampleObject(name = "history", ref = "phaseHistory")))
    @APIResponse(responseCode = "404", description = "No such partnership", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response phaseHistory(@PathParam("idOrSlug") String idOrSlug,
                                 @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        PageRequest page = QueryValues.page(limit, cursor);
        return PageResponses.ok(partnerships.phaseHistory(idOrSlug, callers.current(), page)
                .orElseThrow(() -> notFound(idOrSlug))
                .map(ResponseMapper::phaseChange), uri);
    }

    /** The body checked: Bean Validation, then the checks it cannot express. */
    private PartnershipCommand command(PartnershipRequest request) {
        PartnershipChecks.check(bodies.valid(request));
        return RequestMapper.partnership(request);
    }

    private UUID institutionId(String institution) {
        if (institution == null || institution.isEmpty()) {
            return null;
        }
        return directory.findLive(institution).map(found -> found.id)
                .orElseThrow(() -> ProblemException.invalid("institution", "is not a known institution"));
    }

    static ProblemException notFound(String idOrSlug) {
        return ProblemException.notFound("partnership", idOrSlug);
    }

    @Schema(name = "PartnershipPage")
    public record PartnershipPage(List<PartnershipResponse> items, String next) {
    }

    @Schema(name = "PhaseChangePage")
    public record PhaseChangePage(List<PhaseChangeResponse> items, String next) {
    }
}
