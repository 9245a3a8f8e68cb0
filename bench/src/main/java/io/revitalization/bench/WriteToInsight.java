package io.revitalization.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Benchmark 2: cases (partner key) and codings (curator key) posted through the gateway at a steady rate; for each,
 * the time from its 2xx answer until a comparison read proves it. A case is reflected when comparison-service
 * knows it as a live case ({@code GET /api/v1/codings?case=<slug>} answers 200 rather than 400 "no case is known"),
 * a coding when the cases behind its dimension, country and year's distribution ({@code GET
 * /api/v1/comparisons/cases}, every page) include its case. Probes run on every change event of {@code
 * /api/v1/comparisons/changes}, right after each answer, and every 20 ms while something is pending; each pending
 * case and each distribution read is probed by one of a few probing threads at a time, so a backlog of pending writes
 * does not make each probe round longer than the insight it measures. The time taken is when the proving read
 * answered, so it never flatters. A probe that fails (any status but the ones that prove or disprove) is counted by
 * its reason and leaves its writes pending. While the writes are measured, the CPU of each of the suite's processes,
 * of the benchmark and of the whole machine is counted ({@link CpuWindow}), in cores and per write answered: when
 * the writes outrun the suite, that says which process they wait on.
 */
final class WriteToInsight {

    static final String NAME = "write";
    private static final String LEAD = SyntheticData.university("TW", 1);
    private static final long DRAIN_SECONDS = 15;
    private static final int PROBERS = 6;
    private static final long REPROBE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** A probe slower than this is counted as failed and tried again, rather than holding a probing thread. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    private static final long RECONNECT_PAUSE_MILLIS = 200;

    private record Write(String kind, SyntheticData.SyntheticCase subject, String dimension, long sentNanos,
                         long answeredNanos) {
    }

    /** When a read was last answered, and how many change events had arrived when it was sent. */
    private record Probed(long answeredNanos, int changeEventsBefore) {
    }

    /** A reflected case and the dimensions still to code on it. */
    private record Codable(SyntheticData.SyntheticCase subject, Iterator<String> dimensions) {
    }

    private final BenchSettings settings;
    private final LaunchedSuite suite;
    private final Results results;
    private final Http http;
    private final SyntheticData data = new SyntheticData(7);
    private final ConcurrentLinkedQueue<Write> pending = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Codable> codable = new ConcurrentLinkedQueue<>();
    /** What a write's figures are: only writes sent after the warm-up count. */
    private record Measured(String kind, long sentNanos, double answerMillis, double insightMillis) {
    }

    private final List<Measured> measured = Collections.synchronizedList(new ArrayList<>());
    /** The first failures in full, and how many of each kind and status: enough to see why, bounded in memory. */
    private final ConcurrentLinkedQueue<String> firstFailures = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> failureCounts = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger probesSent = new AtomicInteger();
    private final AtomicInteger changeEvents = new AtomicInteger();
    private final AtomicInteger streamConnections = new AtomicInteger();
    private final AtomicBoolean probeQueued = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** Plans the probe rounds; {@link #probers} make them. */
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService probers = Executors.newFixedThreadPool(PROBERS);
    /** What is being probed (a case's read or a distribution's), and when each read last answered. */
    private final Set<String> probing = ConcurrentHashMap.newKeySet();
    private final Map<String, Probed> lastProbed = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
    private Codebook codebook;
    private String partnerKey;
    private String curatorKey;

    WriteToInsight(BenchSettings settings, LaunchedSuite suite, Results results, Http http) {
        this.settings = settings;
        this.suite = suite;
        this.results = results;
        this.http = http;
    }

    void run() throws Exception {
        String gateway = suite.gateway();
        String adminKey = suite.adminKey();
        SyntheticData.createInstitutions(http, gateway, adminKey);
        partnerKey = Keys.partner(http, gateway, adminKey, LEAD);
        curatorKey = Keys.curator(http, gateway, adminKey);
        codebook = Codebook.read(http, gateway);
        Thread changes = listenToChanges(gateway);
        prober.scheduleWithFixedDelay(this::probeIfPending, 20, 20, TimeUnit.MILLISECONDS);

        Progress.say("posting cases and codings through the gateway at " + settings.writeRate() + "/s for "
                + settings.writeWarmupSeconds() + " s of warm-up and " + settings.writeSeconds() + " s measured…");
        AtomicInteger tick = new AtomicInteger();
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.writeWarmupSeconds());
        CpuWindow warmupCpu = CpuWindow.open(suite);
        writer.scheduleAtFixedRate(() -> write(gateway, tick.getAndIncrement()), 0,
                1_000_000_000L / settings.writeRate(), TimeUnit.NANOSECONDS);
        LaunchedSuite.sleep(settings.writeWarmupSeconds() * 1000L);
        CpuWindow.Usage warmup = warmupCpu.close();
        CpuWindow measuredCpu = CpuWindow.open(suite);
        int answeredBefore = acknowledged.get() + refused.get();
        LaunchedSuite.sleep(settings.writeSeconds() * 1000L);
        CpuWindow.Usage cpu = measuredCpu.close();
        int answeredWhileMeasured = acknowledged.get() + refused.get() - answeredBefore;
        writer.shutdown();
        writer.awaitTermination(30, TimeUnit.SECONDS);
        // answers still in flight, then reflections still pending
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        while ((acknowledged.get() + refused.get() < tick.get() || !pending.isEmpty()) && System.nanoTime() < deadline) {
            LaunchedSuite.sleep(50);
        }
        stopping.set(true);
        prober.shutdownNow();
        probers.shutdownNow();
        changes.interrupt();
        report(tick.get(), warmupEnd, warmup, cpu, answeredWhileMeasured);
    }

    private void write(String gateway, int n) {
        Codable next = n % 2 == 1 ? codable.poll() : null;
        Write write;
        HttpRequest request;
        if (next == null) {
            SyntheticData.SyntheticCase created = data.nextCase("w2i", n, "TW", LEAD);
            write = new Write("case", created, null, System.nanoTime(), 0);
            request = Http.jsonPost(gateway + "/api/v1/cases", partnerKey, created.body());
        } else {
            String dimension = next.dimensions().next();
            if (next.dimensions().hasNext()) {
                codable.add(next);
            }
            write = new Write("coding", next.subject(), dimension, System.nanoTime(), 0);
            request = Http.jsonPost(gateway + "/api/v1/codings", curatorKey,
                    data.coding(next.subject(), codebook.version(), dimension, codebook.codes(dimension)));
        }
        http.client().sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            long answered = System.nanoTime();
            if (error != null || response.statusCode() / 100 != 2) {
                refused.incrementAndGet();
                failed(write.kind() + " " + (error != null ? error.getClass().getSimpleName() : response.statusCode()),
                        write.subject().slug() + ": " + (error != null ? error.toString() : response.body()));
                return;
            }
            acknowledged.incrementAndGet();
            pending.add(new Write(write.kind(), write.subject(), write.dimension(), write.sentNanos(), answered));
            triggerProbe();
        });
    }

    /**
     * Follows the change events, connecting again whenever the stream ends, until the benchmark stops. An interrupt
     * does not end a read of the stream's lines (and may be swallowed by it), so the loop ends on {@link #stopping};
     * it pauses before connecting again, so that a gateway already stopped is not called in a busy loop while the
     * next benchmark runs.
     */
    private Thread listenToChanges(String gateway) {
        Thread thread = new Thread(() -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/comparisons/changes"))
                    .header("Accept", "text/event-stream").GET().build();
            while (!stopping.get()) {
                try {
                    HttpResponse<Stream<String>> response = http.client().send(request, HttpResponse.BodyHandlers.ofLines());
                    streamConnections.incrementAndGet();
                    try (Stream<String> lines = response.body()) {
                        lines.filter(line -> line.replace(" ", "").equals("event:change")).forEach(line -> {
                            changeEvents.incrementAndGet();
                            triggerProbe();
                        });
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // the stream ended (closed by the server or the gateway): connect again
                }
                try {
                    Thread.sleep(RECONNECT_PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "comparison-changes");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void triggerProbe() {
        if (probeQueued.compareAndSet(false, true)) {
            try {
                prober.execute(this::probe);
            } catch (RejectedExecutionException e) {
                // stopped: the drain is over
            }
        }
    }

    private void probeIfPending() {
        if (!pending.isEmpty()) {
            triggerProbe();
        }
    }

    /** Hands every pending read not being probed, and due, to a probing thread. */
    private void probe() {
        probeQueued.set(false);
        Map<String, List<Write>> codingsByRead = new LinkedHashMap<>();
        for (Write write : pending) {
            if (write.kind().equals("case")) {
                String read = "/api/v1/codings?limit=1&case=" + write.subject().slug();
                startProbe(read, () -> {
                    int status = probe(read).status();
                    long now = System.nanoTime();
                    if (status == 200) {
                        reflected(write, now);
                    } else if (status != 400) {
                        throw new IllegalStateException("case read answered " + status);
                    }
                });
            } else {
                codingsByRead.computeIfAbsent("/api/v1/comparisons/cases?dimension=" + write.dimension()
                        + "&group=" + write.subject().country() + "&from=" + write.subject().startYear()
                        + "&to=" + write.subject().startYear() + "&limit=200",
                        read -> new ArrayList<>()).add(write);
            }
        }
        codingsByRead.forEach((read, writes) -> startProbe(read, () -> {
            Set<String> slugs = casesBehind(read);
            long now = System.nanoTime();
            for (Write write : writes) {
                if (slugs.contains(write.subject().slug())) {
                    reflected(write, now);
                }
            }
        }));
    }

    /**
     * Probes a read on a probing thread unless it is being probed, or answered less than 20 ms ago with no change
     * event since.
     */
    private void startProbe(String read, Runnable probe) {
        Probed last = lastProbed.get(read);
        if (last != null && System.nanoTime() - last.answeredNanos() < REPROBE_NANOS
                && changeEvents.get() == last.changeEventsBefore()) {
            return;
        }
        if (stopping.get() || !probing.add(read)) {
            return;
        }
        int eventsBefore = changeEvents.get();
        try {
            probers.execute(() -> {
                try {
                    probesSent.incrementAndGet();
                    probe.run();
                } catch (RuntimeException e) {
                    if (!stopping.get()) {
                        failed("probe " + e.getClass().getSimpleName(), e.getMessage()
                                + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
                    }
                } finally {
                    lastProbed.put(read, new Probed(System.nanoTime(), eventsBefore));
                    probing.remove(read);
                }
            });
        } catch (RejectedExecutionException e) {
            probing.remove(read);
        }
    }

    private void failed(String reason, String detail) {
        if (failureCounts.computeIfAbsent(reason, counted -> new AtomicInteger()).incrementAndGet() <= 3) {
            firstFailures.add(reason + " — " + detail);
            Progress.say("write benchmark: " + reason + " — " + detail);
        }
    }

    /** The slugs of every page of the cases behind a distribution. */
    private Set<String> casesBehind(String read) {
        Set<String> slugs = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = probe(read + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))).requireOk("cases behind").json();
            page.path("items").forEach(item -> slugs.add(item.path("slug").asText()));
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (cursor != null);
        return slugs;
    }

    /** Probes go with the curator's key: at the write rates measured, anonymous reads would meet the address limit. */
    private Http.Answer probe(String read) {
        return http.get(PROBE_TIMEOUT, suite.gateway() + read, "X-API-Key", curatorKey);
    }

    private void reflected(Write write, long now) {
        if (!pending.remove(write)) {
            return;
        }
        measured.add(new Measured(write.kind(), write.sentNanos(), (write.answeredNanos() - write.sentNanos()) / 1e6,
                (now - write.answeredNanos()) / 1e6));
        if (write.kind().equals("case")) {
            codable.add(new Codable(write.subject(), codebook.singleValuedCodes().keySet().iterator()));
        }
    }

    /**
     * The warm-up's writes beside the measured ones: the services' JIT compilers are still compiling the write paths
     * then (at 100 writes/s a fifth of a core in comparison-service alone, 20–80 s after the writes began), so its
     * p99 says what a suite started a minute ago answers.
     */
    private void reportWarmup(List<Measured> warmupWrites, CpuWindow.Usage warmup) {
        Percentiles percentiles = new Percentiles(warmupWrites.stream().map(Measured::insightMillis).toList());
        results.add(Figure.info(NAME, "warm-up (" + settings.writeWarmupSeconds() + " s): answer to insight p99",
                percentiles.p99(), "ms"));
        results.add(Figure.info(NAME, "warm-up: CPU of " + CpuWindow.SERVICES_JIT,
                warmup.cores(CpuWindow.SERVICES_JIT), "cores"));
        results.add(Figure.info(NAME, "warm-up: CPU of the whole machine", warmup.cores(CpuWindow.MACHINE), "cores"));
    }

    private void report(int sent, long warmupEnd, CpuWindow.Usage warmup, CpuWindow.Usage cpu,
                        int answeredWhileMeasured) {
        List<Measured> all;
        synchronized (measured) {
            all = new ArrayList<>(measured);
        }
        reportWarmup(all.stream().filter(write -> write.sentNanos() < warmupEnd).toList(), warmup);
        List<Measured> counted = all.stream().filter(write -> write.sentNanos() >= warmupEnd).toList();
        for (String kind : List.of("case", "coding")) {
            Percentiles percentiles = new Percentiles(counted.stream().filter(write -> write.kind().equals(kind))
                    .map(Measured::insightMillis).toList());
            String name = kind + "s: answer to insight";
            results.add(Figure.info(NAME, kind + "s reflected (after warm-up)", percentiles.count(), "writes"));
            results.add(Figure.info(NAME, name + " p50", percentiles.p50(), "ms"));
            results.add(Figure.atMost(NAME, name + " p99", percentiles.p99(), "ms", 250));
        }
        Percentiles overall = new Percentiles(counted.stream().map(Measured::insightMillis).toList());
        results.add(Figure.info(NAME, "all writes: answer to insight p50", overall.p50(), "ms"));
        results.add(Figure.atMost(NAME, "all writes: answer to insight p99", overall.p99(), "ms", 250));
        Percentiles answers = new Percentiles(counted.stream().map(Measured::answerMillis).toList());
        results.add(Figure.info(NAME, "write answer time p50", answers.p50(), "ms"));
        results.add(Figure.info(NAME, "write answer time p99", answers.p99(), "ms"));
        results.add(Figure.info(NAME, "writes offered per second", settings.writeRate(), "writes/s"));
        results.add(Figure.atMost(NAME, "writes not answered 2xx", sent - acknowledged.get(), "writes", 0));
        results.add(Figure.info(NAME, "writes refused (an error or a status other than 2xx)", refused.get(), "writes"));
        results.add(Figure.info(NAME, "writes still unanswered " + DRAIN_SECONDS + " s after the last was sent",
                sent - acknowledged.get() - refused.get(), "writes"));
        results.add(Figure.atMost(NAME, "acknowledged writes not reflected in " + DRAIN_SECONDS + " s", pending.size(), "writes", 0));
        results.add(Figure.info(NAME, "writes answered while measured", answeredWhileMeasured, "writes"));
        cpu.cpuSeconds().forEach((name, seconds) -> {
            String who = name.equals(CpuWindow.MACHINE)
                    ? "the whole machine (" + Runtime.getRuntime().availableProcessors() + " cores)" : name;
            results.add(Figure.info(NAME, "CPU while measured: " + who, cpu.cores(name), "cores"));
            if (answeredWhileMeasured > 0) {
                results.add(Figure.info(NAME, "CPU per write answered: " + who,
                        seconds * 1000 / answeredWhileMeasured, "ms"));
            }
        });
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("warmupCpuSeconds", warmup.cpuSeconds());
        detail.put("sent", sent);
        detail.put("acknowledged", acknowledged.get());
        detail.put("refused", refused.get());
        detail.put("reflected", all.size());
        detail.put("probesSent", probesSent.get());
        detail.put("changeEvents", changeEvents.get());
        detail.put("changeStreamConnections", streamConnections.get());
        detail.put("failuresByReason", new TreeMap<>(failureCounts));
        detail.put("firstFailures", List.copyOf(firstFailures));
        detail.put("notReflected", pending.stream().map(write -> write.kind() + " " + write.subject().slug()).toList());
        results.detail("write", detail);
    }
}
