package io.revitalization.gateway.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.revitalization.gateway.app.ApiKeyService;
import io.revitalization.gateway.app.InstitutionLookup;
import io.revitalization.gateway.app.IssueKeyCommand;
import io.revitalization.gateway.app.KeyWithSecret;
import io.revitalization.gateway.domain.KeyStatus;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryValues;
import io.revitalization.support.security.Role;
import io.revitalization.support.text.UnsafeText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/admin/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "API keys", description = "Issue, list and revoke the API keys of partners, curators and admins (admin keys only)")
@APIResponse(responseCode = "401", description = "No key, or a key that is unknown, revoked or expired",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "no key", ref = "no-key")))
@APIResponse(responseCode = "403", description = "A key that is not an admin key",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "partner key", ref = "not-an-admin-key")))
@APIResponse(responseCode = "429", description = "The key's rate limit is used up (see Retry-After)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApiKeyResource {
    private final ApiKeyService keys;
    private final InstitutionLookup institutions;

    public ApiKeyResource(ApiKeyService keys, InstitutionLookup institutions) {
        this.keys = keys;
        this.institutions = institutions;
    }

    @POST
    @Operation(summary = "Issue a key", description = "Makes a new random key (256 bits) bound to a role and, for "
            + "partners, an institution (its id or slug, checked with cases-service). The answer is the only place "
            + "the key is ever shown. Idempotency-Key is not supported here: replaying the answer would mean "
            + "storing the key.")
    @APIResponse(responseCode = "201", description = "Issued; `Location` names the key",
            content = @Content(schema = @Schema(implementation = IssuedApiKeyResponse.class),
                    examples = @ExampleObject(name = "partner key", ref = "issued-partner-key")))
    @APIResponse(responseCode = "400", description = "Invalid request (e.g. a partner key without institution)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no institution", ref = "partner-key-without-institution")))
    @APIResponse(responseCode = "503", description = "cases-service cannot confirm the institution now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "partner key", ref = "issue-partner-key-request")))
            @Valid @NotNull IssueApiKeyRequest request,
            @Context SecurityIdentity admin) {
        Role role = Role.fromClaim(request.role()).orElseThrow();
        UnsafeText.inName(request.label()).ifPresent(refusal -> {
            throw ProblemException.invalid("label", refusal);
        });
        boolean hasInstitution = request.institution() != null && !request.institution().isBlank();
        if (role == Role.PARTNER && !hasInstitution) {
            throw ProblemException.invalid("institution", "is required for a partner key");
        }
        Optional<UUID> institution = hasInstitution
                ? Optional.of(institutions.resolve(request.institution().trim())) : Optional.empty();
        KeyWithSecret issued = keys.issue(new IssueKeyCommand(request.label().trim(), role, institution,
                Optional.ofNullable(request.expiresAt()), Optional.ofNullable(request.requestsPerSecond())),
                admin.getPrincipal().getName());
        // relative, as every service's Location (Response.created would make it absolute)
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, "/api/v1/admin/keys/" + issued.record().id)
                .entity(ApiKeyMapper.toResponse(issued))
                .build();
    }

    @GET
    @Operation(summary = "List keys", description = "Keys in the order they were issued, without the keys "
            + "themselves; `limit` (1–200, default 50) and the `cursor` of the previous page's `next`.")
    @APIResponse(responseCode = "200", description = "One page of keys; `Link: <…>; rel=\"next\"` when there is more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyPage.class),
                    examples = @ExampleObject(name = "one page", ref = "key-page")))
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor that is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Only keys of this role", example = "partner") @QueryParam("role") String role,
            @Parameter(description = "Only keys of this institution (id)") @QueryParam("institution") String institution,
            @Parameter(description = "active, expired or revoked", example = "active") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1–200", example = "50", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "`next` of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        Optional<Role> wantedRole = Optional.ofNullable(role).map(value -> Role.fromClaim(value)
                .orElseThrow(() -> ProblemException.invalid("role", "must be partner, curator or admin")));
        Optional<KeyStatus> wantedStatus = Optional.ofNullable(status).map(value -> KeyStatus.fromValue(value)
                .orElseThrow(() -> ProblemException.invalid("status", "must be active, expired or revoked")));
        Optional<UUID> wantedInstitution = Optional.ofNullable(institution).map(ApiKeyResource::institutionId);
        OffsetDateTime now = OffsetDateTime.now();
        return PageResponses.ok(keys.list(wantedRole, wantedInstitution, wantedStatus, QueryValues.page(limit, cursor))
                .map(key -> ApiKeyMapper.toResponse(key, now)), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a key", description = "The key's record, without the key itself.")
    @APIResponse(responseCode = "200", description = "The key",
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.class),
                    examples = @ExampleObject(name = "partner key", ref = "partner-key")))
    @APIResponse(responseCode = "404", description = "No key has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiKeyResponse read(@PathParam("id") UUID id) {
        return keys.find(id).map(key -> ApiKeyMapper.toResponse(key, OffsetDateTime.now()))
                .orElseThrow(() -> ProblemException.notFound("API key", id.toString()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a key", description = "The key stops working at once on this gateway (within "
            + "`gateway.keys.refresh-interval` on others). The record stays, with `revokedAt`. Revoking a revoked "
            + "key changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No key has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The last active admin key cannot be revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "last admin", ref = "last-admin-key")))
    public Response revoke(@PathParam("id") UUID id) {
        keys.revoke(id).orElseThrow(() -> ProblemException.notFound("API key", id.toString()));
        return Response.noContent().build();
    }

    private static UUID institutionId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("institution", "must be an institution id (UUID)");
        }
    }

    @Schema(name = "ApiKeyPage")
    public record ApiKeyPage(List<ApiKeyResponse> items, String next) {
    }
}
