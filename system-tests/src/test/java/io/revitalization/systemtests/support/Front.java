package io.revitalization.systemtests.support;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a load balancer before several gateways does, on the client's side: each request goes to the next gateway
 * in turn; a gateway that refuses a connection is taken out (a balancer's passive health check) and the request goes
 * to the next one, as does a request answered with a 5xx or cut off. Every refused connection, cut-off exchange and
 * 5xx is kept with its time, so that a test can measure the failover window. Safe to share between threads.
 */
public final class Front {

    /** A refused connection, a cut-off exchange or a 5xx, and when it happened ({@link System#nanoTime()}). */
    public record Failure(long atNanos, String gateway, String what) {
    }

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private final List<String> urls;
    private final List<GatewayClient> gateways;
    private final Set<Integer> takenOut = ConcurrentHashMap.newKeySet();
    private final AtomicInteger turn = new AtomicInteger();
    private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> answersByGateway = new ConcurrentHashMap<>();

    public Front(List<String> gatewayUrls) {
        this.urls = List.copyOf(gatewayUrls);
        this.gateways = urls.stream().map(GatewayClient::new).toList();
    }

    public GatewayClient.Answer get(String path, String apiKey) {
        return send(gateway -> gateway.get(path, apiKey));
    }

    public GatewayClient.Answer post(String path, String apiKey, String idempotencyKey, Object body) {
        return send(gateway -> gateway.post(path, apiKey, idempotencyKey, body));
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** How many answers (other than 5xx) each gateway gave. */
    public Map<String, Long> answersByGateway() {
        Map<String, Long> answers = new TreeMap<>();
        answersByGateway.forEach((gateway, count) -> answers.put(gateway, count.sum()));
        return answers;
    }

    /** @throws IllegalStateException when no gateway answers without a 5xx for a minute */
    private GatewayClient.Answer send(Exchange exchange) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (true) {
            int index = next();
            String url = urls.get(index);
            try {
                GatewayClient.Answer answer = exchange.with(gateways.get(index));
                if (answer.status() < 500) {
                    answersByGateway.computeIfAbsent(url, gateway -> new LongAdder()).increment();
                    return answer;
                }
                failures.add(new Failure(System.nanoTime(), url, answer.toString()));
            } catch (ConnectException e) {
                takenOut.add(index);
                failures.add(new Failure(System.nanoTime(), url, "connection refused: " + e));
            } catch (IOException e) {
                failures.add(new Failure(System.nanoTime(), url, "exchange cut off: " + e));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no gateway answered without a 5xx for " + GIVE_UP_AFTER.toSeconds()
                        + " s; last failure: " + failures.stream().reduce((first, second) -> second).orElseThrow());
            }
            sleep(RETRY_PAUSE);
        }
    }

    private int next() {
        for (int tries = 0; tries < urls.size(); tries++) {
            int index = Math.floorMod(turn.getAndIncrement(), urls.size());
            if (!takenOut.contains(index)) {
                return index;
            }
        }
        throw new IllegalStateException("every gateway refused connections: " + urls);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @FunctionalInterface
    private interface Exchange {
        GatewayClient.Answer with(GatewayClient gateway) throws IOException;
    }
}
