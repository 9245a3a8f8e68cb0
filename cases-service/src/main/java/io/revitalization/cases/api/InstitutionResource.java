package io.revitalization.cases.api;

import io.revitalization.cases.api.validation.RequestValidator;
import io.revitalization.cases.app.InstitutionService;
import io.revitalization.cases.app.InstitutionView;
import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.support.http.ETags;
import io.revitalization.support.idempotency.IdempotencyKeys;
import io.revitalization.support.idempotency.IdempotentRequests;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Path("/api/v1/institutions")
@Tag(name = "Institutions", description = "The directory of universities, local governments, companies, schools, "
        + "community organizations and NPOs; other services learn it from institution.* events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionResource {
    private final InstitutionService institutions;
    private final DirectoryResponses responses;
    private final RequestValidator validator;
    private final IdempotentRequests idempotentRequests;
    private final CallerContext callers;

    public InstitutionResource(InstitutionService institutions, DirectoryResponses responses,
                               RequestValidator validator, IdempotentRequests idempotentRequests,
                               CallerContext callers) {
        this.institutions = institutions;
        this.responses = responses;
        this.validator = validator;
        this.idempotentRequests = idempotentRequests;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List institutions", description = "In slug order, with cursor pagination; `name` matches "
            + "any part of a name in any language and script.")
    @APIResponse(responseCode = "200", description = "A page of institutions; a Link header points to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionPage.class),
                    examples = @ExampleObject(name = "page", ref = "institutionPage")))
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Parameter(example = "JP") @QueryParam("country") String country,
                         @Parameter(example = "UNIVERSITY") @QueryParam("kind") String kind,
                         @Parameter(example = "高知") @QueryParam("name") String name,
                         @Parameter(description = "Only these institutions: ids or slugs, comma-separated, at most "
                                 + RefList.MAX, example = "kochi-university,ryukoku-university")
                         @QueryParam("ids") String ids,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        List<String> languages = AcceptLanguages.preferred(headers);
        var page = institutions.list(Optional.ofNullable(country).filter(c -> !c.isEmpty()), kind(kind),
                Optional.ofNullable(name), RefList.read(ids), QueryValues.page(limit, cursor));
        return PageResponses.ok(page.map(institution -> responses.of(institution, languages)), uri);
    }

    @POST
    // roles are checked before the body is read: a caller who may not write gets 403, never a 400 for its body
    @RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Add an institution", description = "Curators and admins. An Idempotency-Key replays the "
            + "first response. Unknown fields are refused with a 400 naming them.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionRequest.class),
            examples = @ExampleObject(name = "Kochi University", ref = "institutionKochiUniversity")))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class),
                    examples = @ExampleObject(name = "institution", ref = "institution")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a curator or admin")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public Response create(InstitutionRequest request, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        validator.check(request);
        List<String> languages = AcceptLanguages.preferred(headers);
        return idempotentRequests.run(idempotencyKey, caller, "POST /api/v1/institutions", request, () -> {
            InstitutionView created = institutions.create(request.toDraft(), caller);
            return Response.status(Response.Status.CREATED)
                    // relative, so that it stays right behind the gateway
                    .header(HttpHeaders.LOCATION, "/api/v1/institutions/" + created.id())
                    .tag(ETags.of(created.version())).entity(responses.of(created, languages)).build();
        });
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(summary = "Read an institution", description = "By id or slug; a deleted one is returned with deleted: true.")
    @APIResponse(responseCode = "200", description = "The institution, with its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class),
                    examples = @ExampleObject(name = "institution", ref = "institution")))
    @APIResponse(responseCode = "404", description = "No such institution", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@PathParam("idOrSlug") String ref, @Context HttpHeaders headers) {
        InstitutionView institution = institutions.find(ref)
                .orElseThrow(() -> ProblemException.notFound("institution", ref));
        return Response.ok(responses.of(institution, AcceptLanguages.preferred(headers))).tag(ETags.of(institution.version()))
                .build();
    }

    @PUT
    @RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
    @Path("/{idOrSlug}")
    @Operation(summary = "Replace an institution", description = "Curators and admins; If-Match guards it (412 when "
            + "stale). The slug cannot change. Renaming updates the search texts of the cases that name it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionRequest.class),
            examples = @ExampleObject(name = "Kochi University", ref = "institutionKochiUniversity")))
    @APIResponse(responseCode = "200", description = "The institution as now stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a curator or admin")
    @APIResponse(responseCode = "404", description = "No such institution")
    @APIResponse(responseCode = "410", description = "Deleted")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response replace(@PathParam("idOrSlug") String ref, InstitutionRequest body, @Context Request request,
                            @Context HttpHeaders headers) {
        Caller caller = callers.authenticated();
        validator.check(body);
        InstitutionView institution = institutions.replace(ref, body.toDraft(), version -> ETags.requireCurrent(request, version),
                caller).orElseThrow(() -> ProblemException.notFound("institution", ref));
        return Response.ok(responses.of(institution, AcceptLanguages.preferred(headers))).tag(ETags.of(institution.version()))
                .build();
    }

    @DELETE
    @RolesAllowed({Role.CURATOR_NAME, Role.ADMIN_NAME})
    @Path("/{idOrSlug}")
    @Operation(summary = "Delete an institution (soft)", description = "Curators and admins; refused (409) while an "
            + "active case names it. An institution.deleted.v1 event carries its last state.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a curator or admin")
    @APIResponse(responseCode = "404", description = "No such institution")
    @APIResponse(responseCode = "409", description = "Cases still name it")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response delete(@PathParam("idOrSlug") String ref, @Context Request request) {
        Caller caller = callers.authenticated();
        if (!institutions.delete(ref, version -> ETags.requireCurrent(request, version), caller)) {
            throw ProblemException.notFound("institution", ref);
        }
        return Response.noContent().build();
    }

    private static Optional<InstitutionKind> kind(String kind) {
        if (kind == null || kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InstitutionKind.valueOf(kind));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be one of " + Arrays.toString(InstitutionKind.values()));
        }
    }

    @Schema(name = "InstitutionPage")
    public record InstitutionPage(List<InstitutionResponse> items, String next) {
    }
}
