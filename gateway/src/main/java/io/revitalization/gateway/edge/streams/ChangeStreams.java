package io.revitalization.gateway.edge.streams;

import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.gateway.edge.caching.ChangeFeed;
import io.revitalization.gateway.edge.security.ApiKeyAuthentication;
import io.revitalization.gateway.edge.web.ProblemResponses;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.streams.StreamCaps;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service's change stream as the gateway serves it: the gateway follows the service's one stream
 * ({@link ChangeFeed}) and fans what it says out to every client, so a client's stream costs no connection to the
 * service and no worker thread, only a socket and a few bytes per event on its event loop.
 * <ul>
 * <li>A client's stream opens with a {@code ready} event that carries the latest data version the service announced
 * (and a {@code retry:} hint), then gets every event of the service's stream as the service sent it, and a
 * keep-alive comment every few seconds. The gateway knows no service's fields: its {@code ready} is the service's
 * own (the fields of the {@code ready} event the service's stream opened with, touching nothing) with the latest
 * {@code dataVersion} and {@code at}.</li>
 * <li>While the service's stream is lost, clients stay open on keep-alives; when it is back at another data version,
 * they get a {@code change} event with the service's data version and {@code "resync": true}: anything may have
 * changed while it was lost, so re-read (with {@code If-None-Match}). Back at the same version, nothing changed.</li>
 * <li>Before the service's stream has ever been open there is nothing to tell: 503 with {@code Retry-After}.</li>
 * <li>Caps per caller (an API key; anonymous callers count per address), per address and in total
 * (service-support's {@link StreamCaps}): 429 with {@code Retry-After}.</li>
 * <li>A stream ends after its maximum age (a little earlier for some, so that streams opened together do not all
 * connect again together); EventSource connects again after the {@code retry:} hint.</li>
 * </ul>
 * The clients of one event loop are kept together and only touched on that event loop.
 */
public final class ChangeStreams implements ChangeFeed.Listener {
    private static final Logger LOG = Logger.getLogger(ChangeStreams.class);
    private static final Buffer KEEP_ALIVE = Buffer.buffer(": keep-alive\n\n");
    private static final Buffer MAX_AGE = Buffer.buffer(": this stream has reached its maximum age; connect again\n\n");
    private static final String EVENT_STREAM = "text/event-stream";

    private final String service;
    private final Vertx vertx;
    private final StreamCaps caps;
    private final ProblemResponses problems;
    private final GatewayConfig.ChangeStreams config;
    private final long retryAfterUnavailableSeconds;
    private final Map<Thread, Loop> loops = new ConcurrentHashMap<>();
    private final long keepAliveTimer;
    /** Whether the service's stream has been open at least once: before, a client could not be told anything. */
    private volatile boolean everOpen;
    /** The data version last announced by the service (null while it never said one). */
    private volatile Long dataVersion;
    /** The data of the {@code ready} event the service's stream last opened with: the shape of the gateway's own. */
    private volatile JsonObject readyShape = new JsonObject();

    public ChangeStreams(String service, Vertx vertx, StreamCaps caps, ProblemResponses problems,
                         GatewayConfig.ChangeStreams config, Duration serviceReconnectDelay) {
        this.service = service;
        this.vertx = vertx;
        this.caps = caps;
        this.problems = problems;
        this.config = config;
        this.retryAfterUnavailableSeconds = ProblemException.retryAfterSeconds(serviceReconnectDelay);
        this.keepAliveTimer = vertx.setPeriodic(config.keepAlive().toMillis(), tick -> broadcast(KEEP_ALIVE));
    }

    /** Serves a client's {@code GET} of the change stream; never calls the service. */
    public void serve(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (!everOpen) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterUnavailableSeconds));
            problems.send(context, Problem.of(503, "service-unavailable", "Service unavailable",
                    "the change stream of the " + service + " service is not open yet; retry after "
                            + retryAfterUnavailableSeconds + " s"));
            return;
        }
        SocketAddress remote = context.request().remoteAddress();
        String address = remote == null ? "unknown" : remote.hostAddress();
        String caller = ApiKeyAuthentication.callerOf(context).map(key -> "key " + key.id()).orElse(null);
        StreamCaps.Admission place = caps.admit(caller, address);
        if (place.refusal().isPresent()) {
            long retryAfter = ProblemException.retryAfterSeconds(config.refusedRetryAfter());
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            problems.send(context, Problem.of(429, "too-many-streams", "Too many change streams",
                    place.refusal().get().reason("this gateway", "this API key") + "; close one, or retry after "
                            + retryAfter + " s"));
            return;
        }
        Loop loop = loops.computeIfAbsent(Thread.currentThread(), thread -> new Loop(vertx.getOrCreateContext()));
        Client client = new Client(loop, response, place);
        response.setStatusCode(200).setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, EVENT_STREAM)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.closeHandler(closed -> client.finish());
        loop.clients.add(client);
        client.send(Buffer.buffer("retry: " + config.reconnectAfter().toMillis() + "\n")
                .appendBuffer(encode("ready", dataVersion, versionData(dataVersion, false))));
        client.ageTimer = vertx.setTimer(StreamCaps.age(config.maxAge()).toMillis(), timer -> client.end(MAX_AGE));
    }

    @Override
    public void opened(ChangeFeed.Event first) {
        Long before = dataVersion;
        readyShape = shapeOf(first);
        remember(first);
        if (everOpen) {
            if (before != null && before.equals(versionOf(first))) {
                // nothing was committed meanwhile (the service ends its streams at their maximum age, too)
                LOG.debugf("the change stream of the %s service is back at the same data version", service);
            } else {
                LOG.infof("the change stream of the %s service is back: its clients are told to re-read", service);
                broadcast(encode("change", dataVersion, versionData(dataVersion, true)));
            }
        }
        everOpen = true;
    }

    @Override
    public void event(ChangeFeed.Event event) {
        remember(event);
        if (!event.type().equals("ready")) {
            broadcast(encode(event));
        }
    }

    @Override
    public void lost() {
        // clients stay open on keep-alives; they are told to re-read once the stream is back
    }

    /** Ends every client's stream (the gateway stops). */
    public void close() {
        vertx.cancelTimer(keepAliveTimer);
        for (Loop loop : loops.values()) {
            loop.context.runOnContext(end -> new ArrayList<>(loop.clients).forEach(client -> client.end(null)));
        }
    }

    private void remember(ChangeFeed.Event event) {
        Long version = versionOf(event);
        if (version != null) {
            dataVersion = version;
        }
    }

    /** The data version an event announces: its data's {@code dataVersion}, else its id (the service sets both). */
    static Long versionOf(ChangeFeed.Event event) {
        try {
            Object version = new JsonObject(event.data()).getValue("dataVersion");
            if (version instanceof Number number) {
                return number.longValue();
            }
        } catch (DecodeException | ClassCastException notAnObject) {
            // fall back on the id
        }
        try {
            return event.id() == null ? null : Long.valueOf(event.id().trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The data of the service's {@code ready} event, or nothing when it is no JSON object. */
    private static JsonObject shapeOf(ChangeFeed.Event ready) {
        try {
            return new JsonObject(ready.data());
        } catch (DecodeException | ClassCastException notAnObject) {
            return new JsonObject();
        }
    }

    /** What the service's own {@code ready} event says, with the latest version; {@code resync} after a loss. */
    private String versionData(Long version, boolean resync) {
        JsonObject data = readyShape.copy().put("dataVersion", version).put("at", OffsetDateTime.now().toString());
        if (resync) {
            data.put("resync", true);
        }
        return data.encode();
    }

    private static Buffer encode(String type, Long id, String data) {
        return encode(new ChangeFeed.Event(type, id == null ? null : id.toString(), data));
    }

    private static Buffer encode(ChangeFeed.Event event) {
        StringBuilder text = new StringBuilder("event: ").append(event.type()).append('\n');
        if (event.id() != null) {
            text.append("id: ").append(event.id()).append('\n');
        }
        for (String line : event.data().split("\n", -1)) {
            text.append("data: ").append(line).append('\n');
        }
        return Buffer.buffer(text.append('\n').toString());
    }

    /** Sends the same bytes to every client, each on its own event loop. */
    private void broadcast(Buffer bytes) {
        for (Loop loop : loops.values()) {
            loop.context.runOnContext(send -> {
                for (Client client : new ArrayList<>(loop.clients)) {
                    client.send(bytes);
                }
            });
        }
    }

    /** The clients whose connections live on one event loop; only touched on it. */
    private static final class Loop {
        final Context context;
        final Set<Client> clients = new LinkedHashSet<>();

        Loop(Context context) {
            this.context = context;
        }
    }

    private final class Client {
        final Loop loop;
        final HttpServerResponse response;
        final StreamCaps.Admission place;
        long ageTimer = -1;
        boolean finished;

        Client(Loop loop, HttpServerResponse response, StreamCaps.Admission place) {
            this.loop = loop;
            this.response = response;
            this.place = place;
        }

        void send(Buffer bytes) {
            if (finished) {
                return;
            }
            if (response.closed() || response.ended()) {
                finish();
            } else if (response.writeQueueFull()) {
                // a client that does not read what it is sent is not kept: it would only hold memory
                end(null);
            } else {
                response.write(bytes);
            }
        }

        void end(Buffer last) {
            if (finished) {
                return;
            }
            if (!response.closed() && !response.ended()) {
                if (last != null) {
                    response.end(last);
                } else {
                    response.end();
                }
            }
            finish();
        }

        void finish() {
            if (!finished) {
                finished = true;
                loop.clients.remove(this);
                vertx.cancelTimer(ageTimer);
                place.release();
            }
        }
    }
}
