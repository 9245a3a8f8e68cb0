package io.revitalization.partnerships.api;

import io.revitalization.support.changes.ChangeStreamGate.OpenChangeStream;
import io.revitalization.partnerships.app.change.ChangeStreamRead;
import io.revitalization.partnerships.app.change.PartnershipChange;
import io.revitalization.support.changes.ServerSentChanges;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.security.CallerContext;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change stream of the partnerships' reads. */
@Path("/api/v1/partnerships/changes")
@Tag(name = "Partnership insights")
public class ChangeResource {
    private final ChangeStreamRead changes;
    private final CallerContext callers;

    public ChangeResource(ChangeStreamRead changes, CallerContext callers) {
        this.changes = changes;
        this.callers = callers;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "Server-Sent Events announcing which partnership reads changed",
            description = "First a 'ready' event with the current data version, then a 'change' event per committed "
                    + "change: the new data version and the reads that may answer differently now (`network`, "
                    + "`partnerships` for the lists and each partnership, `phase-history`, `phase-suggestion`, "
                    + "`reciprocity`, `updates` for the feeds); a comment every 5 s keeps the connection open. "
                    + "Re-read those with If-None-Match: their ETags are made from the answer, so a change you may "
                    + "not see answers 304. An event never names a partnership, an institution or any content, and "
                    + "a change of a partnership that is not public lists every read. At most 8 streams per caller, "
                    + "16 per client address and 256 in all (by default); a stream ends after 15 minutes (by "
                    + "default) with a comment saying so: connect again.")
    @APIResponse(responseCode = "200", description = "the event stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING), examples = @ExampleObject(name = "an update was posted",
            ref = "changeEvent")))
    @APIResponse(responseCode = "429", description = "a cap on open change streams is reached; Retry-After says "
            + "when to try again", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Multi<OutboundSseEvent> changes(@Context Sse sse, @Context HttpServerRequest request) {
        // the method only opens the stream; events are written as they come, and the stream holds no thread meanwhile
        OpenChangeStream<PartnershipChange> stream = changes.open(callers.current(), ServerSentChanges.address(request));
        return ServerSentChanges.events(sse, stream.ready(), stream.changes(), PartnershipChange.class,
                PartnershipChange::dataVersion, stream.age(), stream.close());
    }
}
