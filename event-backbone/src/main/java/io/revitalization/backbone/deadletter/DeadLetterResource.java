package io.revitalization.backbone.deadletter;

import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.Problem;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The dead letters of this service's consumers (admin only): list them, replay one or all after fixing the cause,
 * discard one with a reason. The path names the service ({@code quarkus.application.name}), so the gateway routes
 * {@code /api/v1/admin/dead-letters/<service>} to it unchanged.
 */
@Path("/api/v1/admin/dead-letters/{service}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Dead letters", description = "Events this service's consumers refused: list, replay, discard (admin keys only)")
@APIResponse(responseCode = "401", description = "No key (through the gateway), or a token that is not valid",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "A key that is not an admin key",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Another service's name, or no dead letter has this id",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeadLetterResource {
    private static final String DEAD_LETTER_EXAMPLE = """
            {"id": "5b2f0f8e-3c1d-4a57-9e8b-0d6c2a7f4e11", "consumer": "partnerships-service.institutions",
             "topic": "revit.institutions.v1", "partition": 0, "offset": 42,
             "key": "0f8e3c1a-6b2d-4c9e-8a71-3d5f2b9c4e60", "eventId": "9a41c7d2-52e3-4f8b-b6a0-7c1e5d3f2a98",
             "eventType": "institution.updated.v1", "eventTime": "2026-12-04T03:12:09.311Z",
             "reason": "an institution event needs an id and a name",
             "deadLetteredAt": "2026-12-04T03:12:09.402Z",
             "payload": "{\\"slug\\":\\"kochi-university\\",\\"version\\":3}",
             "headers": {"ce_id": "9a41c7d2-52e3-4f8b-b6a0-7c1e5d3f2a98", "ce_type": "institution.updated.v1",
                         "ce_source": "/cases-service", "ce_specversion": "1.0"},
             "state": "waiting", "replays": 0, "settledAt": null, "settledBy": null, "discardReason": null}""";

    private final DeadLetters deadLetters;
    private final DeadLetterStore store;
    private final CallerContext callers;
    private final String service;

    public DeadLetterResource(DeadLetters deadLetters, DeadLetterStore store, CallerContext callers,
                              @ConfigProperty(name = "quarkus.application.name") String service) {
        this.deadLetters = deadLetters;
        this.store = store;
        this.callers = callers;
        this.service = service;
    }

    @GET
    @Operation(summary = "List dead letters", description = "In the order they arrived, with the reason, the event's "
            + "id, type, time, headers and payload as received. `state` waiting (default), replayed or discarded; "
            + "`limit` (1–200, default 50) and the `cursor` of the previous page's `next`.")
    @APIResponse(responseCode = "200", description = "One page; `Link: <…>; rel=\"next\"` when there is more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadLetterPage.class), examples = @ExampleObject(name = "one waiting",
                    value = "{\"items\": [" + DEAD_LETTER_EXAMPLE + "], \"next\": null}")))
    @APIResponse(responseCode = "400", description = "A state, limit or cursor that is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "The service's name", example = "partnerships-service") @PathParam("service") String name,
            @Parameter(description = "Only dead letters from this topic", example = "revit.institutions.v1")
            @QueryParam("topic") String topic,
            @Parameter(description = "waiting (default), replayed or discarded", example = "waiting")
            @QueryParam("state") String state,
            @Parameter(description = "Page size, 1–200", example = "50", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "`next` of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        thisService(name);
        DeadLetterState wanted = state == null ? DeadLetterState.WAITING : DeadLetterState.fromValue(state)
                .orElseThrow(() -> ProblemException.invalid("state", "must be waiting, replayed or discarded"));
        return PageResponses.ok(store.page(wanted, Optional.ofNullable(topic).filter(t -> !t.isBlank()),
                QueryValues.page(limit, cursor)).map(DeadLetterResponse::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a dead letter")
    @APIResponse(responseCode = "200", description = "The dead letter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadLetterResponse.class), examples = @ExampleObject(name = "waiting", value = DEAD_LETTER_EXAMPLE)))
    public DeadLetterResponse read(@PathParam("service") String name, @PathParam("id") UUID id) {
        thisService(name);
        return store.find(id).map(DeadLetterResponse::of)
                .orElseThrow(() -> ProblemException.notFound("dead letter", id.toString()));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Replay a dead letter", description = "Applies the event through its consumer's inbox, as "
            + "if Kafka delivered it again: once the cause is fixed it is applied, and an event the consumer has "
            + "already applied changes nothing (`already-applied`). Refused again: 422, and it stays waiting with "
            + "the new reason. A discarded dead letter is never replayed (409).")
    @APIResponse(responseCode = "200", description = "Replayed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplayResponse.class), examples = @ExampleObject(name = "applied",
                    value = "{\"outcome\": \"applied\", \"deadLetter\": " + DEAD_LETTER_EXAMPLE + "}")))
    @APIResponse(responseCode = "409", description = "The dead letter was discarded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The consumer refused the event again (the reason is in `detail`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReplayResponse replay(@PathParam("service") String name, @PathParam("id") UUID id) {
        thisService(name);
        return ReplayResponse.of(deadLetters.replay(id, operator()));
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Replay every waiting dead letter", description = "Oldest first, of one `topic` or all; "
            + "those the consumer refuses again stay waiting and are listed with their new reason.")
    @APIResponse(responseCode = "200", description = "What each replay did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplayAllResponse.class), examples = @ExampleObject(name = "one applied",
                    value = "{\"replayed\": [{\"outcome\": \"applied\", \"deadLetter\": " + DEAD_LETTER_EXAMPLE
                            + "}], \"refused\": []}")))
    public ReplayAllResponse replayAll(
            @Parameter(description = "The service's name", example = "partnerships-service") @PathParam("service") String name,
            @Parameter(description = "Only dead letters from this topic", example = "revit.institutions.v1")
            @QueryParam("topic") String topic) {
        thisService(name);
        return ReplayAllResponse.of(deadLetters.replayWaiting(Optional.ofNullable(topic).filter(t -> !t.isBlank()),
                operator()));
    }

    @POST
    @Path("/{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Discard a dead letter", description = "For good: it is kept with the reason, who discarded "
            + "it and when, and never replayed. Only a waiting dead letter can be discarded (409 otherwise).")
    @APIResponse(responseCode = "200", description = "Discarded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadLetterResponse.class), examples = @ExampleObject(name = "discarded",
                    value = DEAD_LETTER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already replayed or discarded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterResponse discard(@PathParam("service") String name, @PathParam("id") UUID id,
                                      @RequestBody(content = @Content(examples = @ExampleObject(name = "reason",
                                              value = "{\"reason\": \"superseded: cases-service published version 4 "
                                                      + "of kochi-university\"}")))
                                      @Valid @NotNull DiscardRequest request) {
        thisService(name);
        return DeadLetterResponse.of(deadLetters.discard(id, request.reason().trim(), operator()));
    }

    private void thisService(String name) {
        if (!service.equals(name)) {
            throw ProblemException.notFound("service", name);
        }
    }

    /** Who acts: the API key's label, else its id. */
    private String operator() {
        Caller caller = callers.current();
        return caller.name().orElse(caller.subject());
    }

    /** A page of dead letters, as the list answers it (its schema in the OpenAPI document). */
    public record DeadLetterPage(List<DeadLetterResponse> items, String next) {
    }
}
