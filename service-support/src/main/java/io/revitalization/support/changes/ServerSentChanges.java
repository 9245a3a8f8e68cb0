package io.revitalization.support.changes;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * A change stream as Server-Sent Events: a {@code ready} event with where the data stands, then a {@code change}
 * event per committed change (each with the data version as its id), a keep-alive comment every 5 s, and a last
 * comment once the stream reaches its age.
 */
public final class ServerSentChanges {
    /** Well inside the gateway's 10 s route timeout, which ends a proxied answer that stays silent longer. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private ServerSentChanges() {
    }

    /**
     * The events of one stream; {@code close} runs once it ends, whether it reached its age, failed or the client
     * went away.
     */
    public static <C> Multi<OutboundSseEvent> events(Sse sse, C ready, Multi<C> changes, Class<C> type,
                                                     ToLongFunction<C> version, Duration age, Runnable close) {
        Multi<OutboundSseEvent> events = Multi.createBy().merging().streams(
                Multi.createFrom().item(ready).map(change -> event(sse, "ready", change, type, version)),
                changes.map(change -> event(sse, "change", change, type, version)));
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(HEARTBEAT)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        OutboundSseEvent last = sse.newEventBuilder()
                .comment("this stream has reached its maximum age; connect again").build();
        Multi<OutboundSseEvent> aged = Uni.createFrom().item(last).onItem().delayIt().by(age).toMulti();
        // up to the last comment, which ends the stream: selecting cancels the events, keep-alives and age behind it
        // (ending at a time with select().first(Duration) would complete without cancelling them)
        return Multi.createBy().concatenating().streams(
                        Multi.createBy().merging().streams(events, heartbeats, aged)
                                .select().first(event -> event != last),
                        Multi.createFrom().item(last))
                .onTermination().invoke(close);
    }

    /** The client's address, for the caps on open streams. */
    public static String address(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }

    private static <C> OutboundSseEvent event(Sse sse, String name, C change, Class<C> type,
                                              ToLongFunction<C> version) {
        return sse.newEventBuilder().name(name).id(Long.toString(version.applyAsLong(change)))
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(type, change).build();
    }
}
