package io.revitalization.gateway.edge.routing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.gateway.edge.caching.ChangeFeed;
import io.revitalization.gateway.edge.caching.ResponseCache;
import io.revitalization.gateway.edge.streams.ChangeStreams;
import io.revitalization.gateway.edge.web.ProblemResponses;
import io.revitalization.support.streams.StreamCaps;
import io.revitalization.support.web.BodyTooLargeException;
import io.revitalization.support.web.PathBodyLimits;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.util.TypeLiteral;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The services behind the gateway, each with a reverse proxy (vertx-http-proxy: bodies streamed, headers passed
 * through) with its own timeout and circuit breaker, so one slow or dead service never holds up the others; and,
 * for a service with a change stream, the answers of it the gateway keeps and the change stream the gateway serves
 * in its place (one stream from the service, fanned out to every client).
 */
@ApplicationScoped
public class Upstreams {
    static final String OPENAPI_PATH = "/q/openapi";
    private static final Logger LOG = Logger.getLogger(Upstreams.class);
    private static final int CLOSED = 0;
    private static final int HALF_OPEN = 1;
    private static final int OPEN = 2;

    /** Sends the requests to the services. */
    private final EventLoopClients clients;
    /** Only for vertx-http-proxy's own use (WebSocket upgrades); requests go through {@link #clients}. */
    private final HttpClient upgrades;
    private final List<Upstream> upstreams = new ArrayList<>();
    private final List<ChangeFeed> feeds = new ArrayList<>();
    /** The change streams the gateway serves itself, by path. */
    private final Map<String, ChangeStreams> changeStreams = new HashMap<>();

    public Upstreams(GatewayConfig config, Vertx vertx, PathBodyLimits bodyLimits, ProblemResponses problems,
                     StreamCaps streamCaps, MeterRegistry meters) {
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                // The request carries the gateway's server span (edge.web.RequestTracing), whose child the service's
                // span is; a client span of its own per request would only add work.
                .setTracingPolicy(TracingPolicy.IGNORE)
                .setConnectTimeout((int) config.client().connectTimeout().toMillis());
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.client().maxConnectionsPerService());
        this.clients = new EventLoopClients(vertx, options, pool);
        this.upgrades = vertx.createHttpClient(options, pool);
        ResponseCache.Memory memory = new ResponseCache.Memory(config.responseCache().maxSize().asLongValue());
        for (Map.Entry<String, GatewayConfig.Service> service : config.services().entrySet()) {
            String name = service.getKey();
            URI base = Optional.ofNullable(config.routes().get(name)).orElseThrow(() -> new IllegalStateException(
                    "gateway.routes." + name + " (the base URL of the " + name + " service) is not configured"));
            AtomicInteger circuit = new AtomicInteger(CLOSED);
            Gauge.builder("gateway.circuit.state", circuit, AtomicInteger::get).tag("service", name)
                    .description("the circuit breaker to the service: 0 closed, 1 half-open (trying), 2 open")
                    .register(meters);
            GuardedForwarding forwarding = new GuardedForwarding(name, guard(name, config.circuitBreaker(), circuit),
                    config.circuitBreaker().delay(), bodyLimits, problems);
            OriginRequestProvider origin = origin(base, RouteTimeouts.of(service.getValue()), clients);
            HttpProxy api = HttpProxy.reverseProxy(upgrades).origin(origin).addInterceptor(forwarding);
            Optional<ChangeFeed> feed = service.getValue().cache().map(caching -> {
                ChangeFeed followed = new ChangeFeed(name, base.resolve(caching.changeStream()), vertx,
                        config.responseCache().streamSilence(), config.responseCache().maxReconnectDelay());
                feeds.add(followed);
                ChangeStreams fanOut = new ChangeStreams(name, vertx, streamCaps, problems, config.changeStreams(),
                        config.responseCache().maxReconnectDelay());
                followed.listen(fanOut);
                changeStreams.put(streamPath(caching.changeStream()), fanOut);
                return followed;
            });
            Optional<ResponseCache> cache = service.getValue().cache()
                    .filter(caching -> config.responseCache().enabled())
                    .flatMap(caching -> caching.paths().filter(paths -> !paths.isEmpty()))
                    .map(paths -> new ResponseCache(paths, feed.orElseThrow(), memory,
                            config.responseCache().maxEntrySize().asLongValue()));
            // after the forwarding, so that it sees the service's answer first
            cache.ifPresent(kept -> api.addInterceptor(kept.filling()));
            HttpProxy openApi = HttpProxy.reverseProxy(upgrades).origin(origin)
                    .addInterceptor(rewriteTo(OPENAPI_PATH)).addInterceptor(forwarding);
            upstreams.add(new Upstream(name, List.copyOf(service.getValue().paths()),
                    ProxyHandler.create(api), ProxyHandler.create(openApi), cache));
        }
    }

    public Optional<Upstream> serving(String path) {
        for (Upstream upstream : upstreams) {
            if (upstream.serves(path)) {
                return Optional.of(upstream);
            }
        }
        return Optional.empty();
    }

    public Optional<Upstream> named(String name) {
        return upstreams.stream().filter(upstream -> upstream.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return upstreams.stream().map(Upstream::name).toList();
    }

    /**
     * The change stream the gateway serves itself at this path, if any. Matrix parameters, doubled slashes and a
     * trailing slash make no other path here, as they make none at the service: every form of the path is served by
     * the gateway, none passed on, where it would hold a connection to the service for as long as the client likes.
     */
    public Optional<ChangeStreams> changeStreamAt(String path) {
        return changeStreams.isEmpty() ? Optional.empty() : Optional.ofNullable(changeStreams.get(streamPath(path)));
    }

    private static String streamPath(String path) {
        boolean plain = path.indexOf(';') < 0 && !path.contains("//")
                && (path.length() <= 1 || path.charAt(path.length() - 1) != '/');
        if (plain) {
            return path;
        }
        int matrix = path.indexOf(';');
        String cut = (matrix < 0 ? path : path.substring(0, matrix)).replaceAll("/{2,}", "/");
        int end = cut.length();
        while (end > 1 && cut.charAt(end - 1) == '/') {
            end--;
        }
        return cut.substring(0, end);
    }

    /** Follows the change streams of the services that have one. */
    void onStart(@Observes StartupEvent start) {
        feeds.forEach(ChangeFeed::open);
    }

    @PreDestroy
    void close() {
        feeds.forEach(ChangeFeed::close);
        changeStreams.values().forEach(ChangeStreams::close);
        clients.close();
        upgrades.close();
    }

    private static TypedGuard<CompletionStage<ProxyResponse>> guard(String name, GatewayConfig.CircuitBreaker breaker,
                                                                   AtomicInteger circuit) {
        return TypedGuard.create(new TypeLiteral<CompletionStage<ProxyResponse>>() { })
                .withDescription("requests to the " + name + " service")
                // The guard runs on the event loop that called it and completes there. Without a direct executor it
                // dispatches every call and its completion as two more tasks on the event loop, each wrapped for
                // context propagation.
                .withThreadOffload(true).withThreadOffloadExecutor(Runnable::run)
                .withCircuitBreaker()
                .name("gateway-" + name)
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(breaker.successThreshold())
                .onStateChange(state -> {
                    LOG.infof("the circuit to the %s service is now %s", name, state);
                    circuit.set(switch (state) {
                        case CLOSED -> CLOSED;
                        case HALF_OPEN -> HALF_OPEN;
                        case OPEN -> OPEN;
                    });
                })
                // the client's doing, not the service's
                .skipOn(List.of(BodyTooLargeException.class, CallerGoneException.class))
                .done()
                .build();
    }

    /**
     * The request to the service, with its path's timeout: the client's own, a timer on the event loop, where a
     * guard's timeout would wake its timer thread on every request. A timeout still fails the guarded call, so it
     * counts against the circuit breaker.
     */
    private static OriginRequestProvider origin(URI base, RouteTimeouts timeouts, EventLoopClients clients) {
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        SocketAddress server = SocketAddress.inetSocketAddress(port, base.getHost());
        return proxy -> {
            Future<HttpClientRequest> request = clients.current().request(new RequestOptions()
                    .setServer(server).setHost(base.getHost()).setPort(port).setSsl(tls)
                    .setIdleTimeout(timeouts.forPath(proxy.request().proxiedRequest().path()).toMillis()));
            return request.onSuccess(created -> proxy.set(GuardedForwarding.ORIGIN_REQUEST, created));
        };
    }

    private static ProxyInterceptor rewriteTo(String path) {
        return new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext proxy) {
                String query = proxy.request().proxiedRequest().query();
                proxy.request().setURI(query == null ? path : path + "?" + query);
                return proxy.sendRequest();
            }
        };
    }
}
