package io.revitalization.gateway.edge.caching;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows a service's change stream (Server-Sent Events) and numbers the epochs in which the service's data stays
 * the same. A new epoch begins with every event the stream sends, every write the gateway passes on to the service,
 * and whenever the stream is lost or opened again. Only the epochs of an open stream are valid: while it is lost,
 * nothing kept may be answered, since a change could go unannounced.
 * <p>
 * What the stream says is also told to its {@link Listener}s (the gateway's own change streams fan it out to its
 * clients), on the event loop that follows the stream.
 */
public final class ChangeFeed {
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final long OPEN = 1;
    private static final long FIRST_RETRY_MILLIS = 250;

    private final String service;
    private final URI stream;
    private final Vertx vertx;
    private final HttpClient client;
    private final Duration silence;
    private final long maxRetryMillis;
    /** The epoch times two, plus {@link #OPEN} while the stream is open: one value, read once per request. */
    private final AtomicLong state = new AtomicLong();
    private volatile long retryMillis = FIRST_RETRY_MILLIS;
    private volatile boolean closed;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** One event of the stream: its type ({@code message} when it names none), its id (or null), its data. */
    public record Event(String type, String id, String data) {
    }

    /** Told what the stream says, on the event loop that follows it. */
    public interface Listener {
        /** The stream is open (again): {@code first} is the first event it sent (the service's {@code ready}). */
        void opened(Event first);

        /** An event after the first. */
        void event(Event event);

        /** The stream is lost (or could not be opened); the feed opens it again. */
        void lost();
    }

    public ChangeFeed(String service, URI stream, Vertx vertx, Duration silence, Duration maxReconnectDelay) {
        this.service = service;
        this.stream = stream;
        this.vertx = vertx;
        this.silence = silence;
        this.maxRetryMillis = Math.max(FIRST_RETRY_MILLIS, maxReconnectDelay.toMillis());
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2_000));
    }

    /** The current epoch; what was fetched in it may be answered while {@link #current()} still returns it. */
    public long current() {
        return state.get();
    }

    public static boolean isValid(long epoch) {
        return (epoch & OPEN) != 0;
    }

    /** Something may have changed: what was kept so far is no longer answered. */
    public void changed() {
        state.addAndGet(2);
    }

    public void listen(Listener listener) {
        listeners.add(listener);
    }

    public void open() {
        vertx.runOnContext(start -> connect());
    }

    public void close() {
        closed = true;
        client.close();
    }

    private void connect() {
        if (closed) {
            return;
        }
        // the idle timeout ends a stream that stays silent longer than its keep-alive comments allow
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(stream.toString())
                        .putHeader(HttpHeaders.ACCEPT, "text/event-stream").setIdleTimeout(silence.toMillis()))
                .compose(request -> request.send())
                .onSuccess(this::follow)
                .onFailure(failure -> lost(failure.toString()));
    }

    private void follow(HttpClientResponse response) {
        String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
        if (response.statusCode() != 200 || type == null || !type.startsWith("text/event-stream")) {
            lost("it answered " + response.statusCode() + " " + type);
            return;
        }
        Events events = new Events();
        response.handler(RecordParser.newDelimited("\n", events::line));
        response.exceptionHandler(failure -> events.end(failure.toString()));
        response.endHandler(end -> events.end("the service ended it"));
    }

    private void lost(String why) {
        boolean wasOpen = isValid(state.getAndUpdate(s -> (s & ~OPEN) + 2));
        if (closed) {
            return;
        }
        listeners.forEach(Listener::lost);
        if (wasOpen) {
            LOG.infof("the change stream of the %s service is lost (%s): its answers are not kept until it is back",
                    service, why);
        } else {
            LOG.debugf("the change stream of the %s service cannot be opened (%s)", service, why);
        }
        vertx.setTimer(retryMillis, retry -> connect());
        retryMillis = Math.min(retryMillis * 2, maxRetryMillis);
    }

    /** One open stream: its lines, grouped into events as the Server-Sent Events format says. */
    private final class Events {
        private boolean inEvent;
        private boolean ended;
        private String type;
        private String id;
        private final StringBuilder data = new StringBuilder();

        void line(Buffer raw) {
            String line = raw.toString();
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                if (inEvent) {
                    inEvent = false;
                    dispatched();
                }
            } else if (!line.startsWith(":")) {
                // a field of an event (event:, data:, id:, retry:): for the kept answers only that it happened matters
                inEvent = true;
                field(line);
            }
        }

        private void field(String line) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (name) {
                case "event" -> type = value;
                case "id" -> id = value;
                case "data" -> data.append(data.isEmpty() ? "" : "\n").append(value);
                default -> {
                    // retry: and unknown fields say nothing about the data
                }
            }
        }

        private void dispatched() {
            Event event = new Event(type == null || type.isEmpty() ? "message" : type, id, data.toString());
            type = null;
            id = null;
            data.setLength(0);
            if (isValid(state.get())) {
                changed();
                listeners.forEach(listener -> listener.event(event));
            } else {
                state.updateAndGet(s -> (s | OPEN) + 2);
                retryMillis = FIRST_RETRY_MILLIS;
                LOG.infof("following the change stream of the %s service: its answers are kept while current",
                        service);
                listeners.forEach(listener -> listener.opened(event));
            }
        }

        void end(String why) {
            if (!ended) {
                ended = true;
                lost(why);
            }
        }
    }
}
