package io.revitalization.comparison.api;

import io.revitalization.comparison.domain.Codebook;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.app.coding.CodebookService;
import io.revitalization.support.http.ETags;
import io.revitalization.support.idempotency.IdempotencyKeys;
import io.revitalization.support.idempotency.IdempotentRequests;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.persistence.TimeOrderedIds;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryValues;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.CallerContext;
import io.revitalization.support.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import java.util.List;
import java.util.Optional;

@Path("/api/v1/codebooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Codebooks", description = "Codebooks as versioned data: dimensions and codes with labels and "
        + "definitions in zh-TW, ja and en, each citing the passage it rests on. A change is a new version.")
public class CodebookResource {
    private final CodebookService codebooks;
    private final CallerContext callers;
    private final IdempotentRequests idempotentRequests;

    public CodebookResource(CodebookService codebooks, CallerContext callers, IdempotentRequests idempotentRequests) {
        this.codebooks = codebooks;
        this.callers = callers;
        this.idempotentRequests = idempotentRequests;
    }

    @GET
    @Operation(summary = "List codebooks (latest versions), in slug order")
    @APIResponse(responseCode = "200", description = "a page of codebooks: {items, next}")
    @APIResponse(responseCode = "400", description = "bad limit or cursor")
    public Response list(@Parameter(description = "Page size, 1–200", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        PageRequest request = QueryValues.page(limit, cursor);
        String after = request.decodedCursor(1).map(c -> c.value(0)).orElse(null);
        boolean admin = callers.current().isAdmin();
        List<CodebookResponse> rows = codebooks.page(after, request.fetchSize()).stream()
                .map(codebook -> CodebookResponse.of(codebook, codebooks.version(codebook.id, codebook.latestVersion)
                        .orElseThrow(), admin))
                .toList();
        return PageResponses.ok(Page.fromRows(rows, request, row -> Cursor.of(row.slug())), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The latest version of a codebook (by id or slug)")
    @APIResponse(responseCode = "200", description = "the codebook", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodebookResponse.class), examples = @ExampleObject(name = "seed codebook",
            ref = "codebook")))
    @APIResponse(responseCode = "404", description = "no such codebook")
    public Response latest(@PathParam("id") String id) {
        Codebook codebook = codebooks.find(id).orElseThrow(() -> ProblemException.notFound("codebook", id));
        return found(codebook, codebooks.version(codebook.id, codebook.latestVersion).orElseThrow());
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(summary = "One version of a codebook")
    @APIResponse(responseCode = "200", description = "the codebook version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodebookResponse.class), examples = @ExampleObject(name = "seed codebook",
            ref = "codebook")))
    @APIResponse(responseCode = "404", description = "no such codebook or version")
    public Response version(@PathParam("id") String id, @PathParam("version") String version) {
        Codebook codebook = codebooks.find(id).orElseThrow(() -> ProblemException.notFound("codebook", id));
        CodebookVersion found = parseVersion(version).flatMap(n -> codebooks.version(codebook.id, n))
                .orElseThrow(() -> ProblemException.notFound("version of codebook " + codebook.slug, version));
        return found(codebook, found);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create a codebook (admin); it starts at version 1")
    @APIResponse(responseCode = "201", description = "created; Location names version 1", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodebookResponse.class), examples = @ExampleObject(name = "created",
            ref = "codebook")))
    @APIResponse(responseCode = "400", description = "invalid codebook (duplicate ids, ordinal codes without order…)")
    @APIResponse(responseCode = "401", description = "no API key")
    @APIResponse(responseCode = "403", description = "not an admin")
    @APIResponse(responseCode = "409", description = "the slug is taken")
    public Response create(@NotNull @Valid CodebookRequests.NewCodebook request,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = callers.authenticated();
        return idempotentRequests.run(idempotencyKey, caller, "create-codebook", request, () -> {
            CodebookVersion created = codebooks.create(TimeOrderedIds.next(), request.slug(), request.toDraft(),
                    caller);
            return created(codebooks.find(request.slug()).orElseThrow(), created);
        });
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add the next version of a codebook (admin); codings keep the version they were made under")
    @APIResponse(responseCode = "201", description = "created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodebookResponse.class), examples = @ExampleObject(name = "created",
            ref = "codebook")))
    @APIResponse(responseCode = "400", description = "invalid codebook")
    @APIResponse(responseCode = "401", description = "no API key")
    @APIResponse(responseCode = "403", description = "not an admin")
    @APIResponse(responseCode = "404", description = "no such codebook")
    public Response addVersion(@PathParam("id") String id, @NotNull @Valid CodebookRequests.NewVersion request,
                               @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Caller caller = callers.authenticated();
        return idempotentRequests.run(idempotencyKey, caller, "add-codebook-version:" + id, request, () -> {
            CodebookVersion created = codebooks.addVersion(id, request.toDraft(), caller)
                    .orElseThrow(() -> ProblemException.notFound("codebook", id));
            return created(codebooks.find(id).orElseThrow(), created);
        });
    }

    private Response found(Codebook codebook, CodebookVersion version) {
        return Response.ok(CodebookResponse.of(codebook, version, callers.current().isAdmin())).tag(ETags.of(version.version)).build();
    }

    private static Response created(Codebook codebook, CodebookVersion version) {
        // relative, as every service's Location: it stays right behind the gateway; only admins write codebooks
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/codebooks/" + codebook.slug + "/versions/" + version.version)
                .entity(CodebookResponse.of(codebook, version, true))
                .tag(ETags.of(version.version)).build();
    }

    private static Optional<Integer> parseVersion(String version) {
        try {
            return java.util.Optional.of(Integer.parseInt(version));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
