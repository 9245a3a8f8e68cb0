package io.revitalization.comparison.api;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.app.coding.CodebookService;
import io.revitalization.comparison.app.coding.CodingGroupCommit;
import io.revitalization.comparison.app.coding.CodingListing;
import io.revitalization.comparison.app.coding.CodingService;
import io.revitalization.support.http.ETags;
import io.revitalization.support.idempotency.IdempotencyKeys;
import io.revitalization.support.idempotency.IdempotentRequests;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryValues;
import io.revitalization.support.refs.Reference;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.CallerContext;
import io.revitalization.support.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import java.util.List;

@Path("/api/v1/codings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Codings", description = "Codings of (case, year, dimension) units under a codebook version, with coder, "
        + "evidence, confidence and note. Several coders may code the same unit; each coder codes it once. Codings "
        + "are immutable: delete one and post anew to correct it. Writes need the curator or admin role.")
public class CodingResource {
    /** Codings never change, so the version behind their strong ETag is always 1. */
    private static final long CODING_VERSION = 1;

    private final CodingService codings;
    private final CodebookService codebooks;
    private final CallerContext callers;
    private final IdempotentRequests idempotentRequests;
    private final CodingGroupCommit groupCommit;

    public CodingResource(CodingService codings, CodebookService codebooks, CallerContext callers,
                          IdempotentRequests idempotentRequests, CodingGroupCommit groupCommit) {
        this.codings = codings;
        this.codebooks = codebooks;
        this.callers = callers;
        this.idempotentRequests = idempotentRequests;
        this.groupCommit = groupCommit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Record a coding (curator or admin)",
            description = "The tallies of every group the case is in are updated in the same transaction, so the "
                    + "comparisons it touches change as soon as this answers 201. Accepts Idempotency-Key.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CodingRequest.class),
            examples = @ExampleObject(name = "a coding", ref = "coding-request")))
    @APIResponse(responseCode = "201", description = "recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodingResponse.class), examples = @ExampleObject(name = "a coding",
            ref = "coding")))
    @APIResponse(responseCode = "400", description = "unknown codebook, version, dimension, code or case; year out "
            + "of 1900–2100; several codes on a single-valued dimension; an evidence.url that is not an absolute http or "
            + "https URL", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown code",
            ref = "unknown-code")))
    @APIResponse(responseCode = "401", description = "no API key")
    @APIResponse(responseCode = "403", description = "partners may not code cases; a curator may not name a coder "
            + "other than itself (field coder)", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "a curator naming another coder", ref = "coder-not-own")))
    @APIResponse(responseCode = "409", description = "this coder has already coded the unit")
    public Response create(@NotNull @Valid CodingRequest request,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = callers.authenticated();
        return idempotentRequests.run(idempotencyKey, caller, "create-coding", request, () -> {
            // with a key, the coding is written in the key's transaction; without, with those posted meanwhile
            CaseCoding coding = idempotencyKey == null ? groupCommit.create(request.toNewCoding(), caller)
                    : codings.create(request.toNewCoding(), caller);
            // relative, as every service's Location (Response.created would make it absolute)
            return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, "/api/v1/codings/" + coding.id)
                    .entity(new CodingResponses(codings, codebooks, caller).of(coding))
                    .tag(ETags.of(CODING_VERSION)).build();
        });
    }

    @POST
    @Path("/adjudications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Adjudicate a unit: record the codes a team settled a disagreement on (curator or admin)",
            description = "Records a coding of the unit the settled codings share, with coder 'adjudicated' (one per "
                    + "unit), settles naming the codings it resolves, and the caller and time as who adjudicated and "
                    + "when. It is no independent coder: reliability, the reliability data and the majority and all "
                    + "selections leave it out; consensus=adjudicated uses it where a unit has one (else the "
                    + "majority), coder=adjudicated uses it alone. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodingResponse.class),
            examples = @ExampleObject(name = "an adjudication",
            ref = "adjudication")))
    @APIResponse(responseCode = "400", description = "settles names fewer than two codings, an unknown one, an "
            + "adjudication or codings of different units; a code not of the dimension", content = @Content(
            mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "no API key")
    @APIResponse(responseCode = "403", description = "partners may not adjudicate")
    @APIResponse(responseCode = "409", description = "the unit is adjudicated already")
    public Response adjudicate(@NotNull @Valid AdjudicationRequest request,
                               @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = callers.authenticated();
        return idempotentRequests.run(idempotencyKey, caller, "adjudicate-coding", request, () -> {
            CaseCoding coding = codings.adjudicate(request.toAdjudication(), caller);
            return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, "/api/v1/codings/" + coding.id)
                    .entity(new CodingResponses(codings, codebooks, caller).of(coding))
                    .tag(ETags.of(CODING_VERSION)).build();
        });
    }

    @GET
    @Operation(summary = "List codings in the order they were recorded, filtered by any of the fields",
            description = "Codings of sensitive cases are left out for readers other than curators, admins and "
                    + "members of the case's lead institution; codings that cite a passage of a sensitive testimony "
                    + "are listed with their evidence and note withheld (named in withheld).")
    @APIResponse(responseCode = "200", description = "a page of codings: {items, next}")
    @APIResponse(responseCode = "400", description = "bad filter, limit or cursor")
    public Response list(@BeanParam CodingFilterParams filters,
                         @Parameter(description = "Page size, 1–200", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        PageRequest page = QueryValues.page(limit, cursor);
        Long after = page.decodedCursor(1).map(c -> parseSeq(c.value(0))).orElse(null);
        CodingListing listing = filters.toListing(codings, codebooks);
        Caller caller = callers.current();
        CodingResponses names = new CodingResponses(codings, codebooks, caller);
        List<CaseCoding> rows = codings.page(listing, CaseTexts.scopeOf(caller), after, page.fetchSize());
        Page<CaseCoding> found = Page.fromRows(rows, page, coding -> Cursor.of(Long.toString(coding.seq)));
        return PageResponses.ok(found.map(names::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One coding", description = "The evidence and note of a coding of a sensitive case (or "
            + "citing a sensitive testimony) are withheld from readers other than curators, admins and members of "
            + "the case's lead institution, and named in withheld.")
    @APIResponse(responseCode = "200", description = "the coding", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodingResponse.class), examples = @ExampleObject(name = "a coding",
            ref = "coding")))
    @APIResponse(responseCode = "404", description = "no such coding")
    public Response get(@PathParam("id") String id) {
        CaseCoding coding = Reference.uuid(id).flatMap(codings::find)
                .orElseThrow(() -> ProblemException.notFound("coding", id));
        return Response.ok(new CodingResponses(codings, codebooks, callers.current()).of(coding)).tag(ETags.of(CODING_VERSION)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Delete a coding (curator or admin); the comparisons it touched change at once")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "401", description = "no API key")
    @APIResponse(responseCode = "403", description = "partners may not delete codings")
    @APIResponse(responseCode = "404", description = "no such coding")
    @APIResponse(responseCode = "412", description = "If-Match does not name the coding")
    public Response delete(@PathParam("id") String id, @Context Request request) {
        callers.authenticated();
        ETags.requireCurrent(request, CODING_VERSION);
        Reference.uuid(id).flatMap(codings::delete).orElseThrow(() -> ProblemException.notFound("coding", id));
        return Response.noContent().build();
    }

    private static Long parseSeq(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list returned");
        }
    }
}
