package io.revitalization.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 3, on a suite of its own: comparison read latency with few and with many coded synthetic cases, cold (the
 * first read after a data change: each sample posts one coding, which changes the data version, then reads) and 304
 * (If-None-Match with the current ETag), as the ratio many/few, each size's reads on databases settled after its
 * import ({@link SettledDatabases}); the bulk import rate of the cases through the
 * gateway, and beside it PostgreSQL's COPY of the rows that import wrote into the same tables of a fresh database
 * ({@link CopyYardstick}); how long comparison-service takes to project them; how fast the codings are stored; and
 * where the CPU of the import and of the codings went, per 1,000 cases or codings and process ({@link CpuWindow}).
 */
final class Scale {

    static final String NAME = "scale";
    private static final double RATIO_TARGET = 1.5;
    private static final double IMPORT_TARGET = 3_000;
    /** The bulk import's rate against PostgreSQL's COPY of the same rows into the same tables, in the same run. */
    private static final double IMPORT_VS_COPY_TARGET = 0.25;
    private static final int CODINGS_PER_REQUEST = 2_000;
    /** Each cold sample codes this dimension on a case not yet coded on it: one data change per sample. */
    private static final String CHANGE_DIMENSION = "impact-horizon";
    private static final Map<String, String> READS = reads();
    /** Rounds of data change and reads before the measured ones: the JIT, caches and connections warm up. */
    private static final int WARMUP_ROUNDS = 3;

    private final BenchSettings settings;
    private final LaunchedSuite suite;
    private final Results results;
    private final Http http;
    private final SyntheticData data = new SyntheticData(2021);
    private final List<SyntheticData.SyntheticCase> cases = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private String curatorKey;
    private Codebook codebook;
    private long seedCases;
    private int changes;

    Scale(BenchSettings settings, LaunchedSuite suite, Results results, Http http) {
        this.settings = settings;
        this.suite = suite;
        this.results = results;
        this.http = http;
    }

    private static Map<String, String> reads() {
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("summary", "/api/v1/comparisons/summary");
        reads.put("distributions", "/api/v1/comparisons/distributions?dimension=strategy-stage&groupBy=country&groups=JP,TW");
        reads.put("trend", "/api/v1/comparisons/trend?dimension=strategy-stage&a=JP&b=TW&gap=mean");
        reads.put("overview", "/api/v1/comparisons/overview?groupBy=country&groups=JP,TW");
        reads.put("distance", "/api/v1/comparisons/distance?dimension=value-orientation&a=JP&b=TW");
        reads.put("reliability", "/api/v1/comparisons/reliability?dimension=strategy-stage");
        reads.put("truth-table", "/api/v1/comparisons/truth-table?outcome=strategy-stage:network"
                + "&conditions=value-orientation:memory-empathy,value-orientation:relationship-population&year=2023");
        // the source's five-dimension table, with the paths of its path dimension
        reads.put("table", "/api/v1/comparisons/table?groupBy=country&groups=JP,TW");
        // level and direction: the trajectories within cases and the groups' summaries of change
        reads.put("thesis", "/api/v1/comparisons/thesis?dimension=strategy-stage&a=JP&b=TW");
        return reads;
    }

    void run() throws Exception {
        String gateway = suite.gateway();
        curatorKey = Keys.curator(http, gateway, suite.adminKey());
        SyntheticData.createInstitutions(http, gateway, curatorKey);
        codebook = Codebook.read(http, gateway);
        seedCases = liveCases();
        int small = settings.scaleSmallCases();
        int large = settings.scaleLargeCases();

        grow(small, "few");
        Map<String, double[]> few = measureReads(small);
        CopyYardstick yardstick = new CopyYardstick(settings.repoRoot(), suite.postgresPort());
        yardstick.importStarts();
        double importRate = grow(large - small, "many");
        Progress.say("COPY of the rows the import wrote into a fresh cases database…");
        CopyYardstick.Result copy = yardstick.copyImportedRows();
        Map<String, double[]> many = measureReads(large);

        String smallLabel = Figure.format(small);
        String largeLabel = Figure.format(large);
        results.add(Figure.atLeast(NAME, "bulk import of " + Figure.format(large - small) + " cases via gateway",
                importRate, "cases/s", IMPORT_TARGET));
        results.add(Figure.info(NAME, "PostgreSQL COPY of the same " + Figure.format(copy.cases())
                + " cases (records, revisions, outbox messages) into a fresh cases database", copy.casesPerSecond(), "cases/s"));
        results.add(Figure.atLeast(NAME, "bulk import vs COPY", importRate / copy.casesPerSecond(), "ratio",
                IMPORT_VS_COPY_TARGET));
        details.put("copy.cases", copy.cases());
        details.put("copy.rows", copy.rows());
        details.put("copy.seconds", copy.seconds());
        for (String read : READS.keySet()) {
            String[] kinds = {"cold", "304"};
            for (int kind = 0; kind < 2; kind++) {
                double before = few.get(read)[kind];
                double after = many.get(read)[kind];
                String name = read + " " + kinds[kind] + " p50";
                results.add(Figure.info(NAME, name + " at " + smallLabel, before, "ms"));
                results.add(Figure.info(NAME, name + " at " + largeLabel, after, "ms"));
                results.add(Figure.atMost(NAME, name + " ratio " + largeLabel + "/" + smallLabel, after / before,
                        "ratio", RATIO_TARGET));
            }
        }
        details.put("seedCases", seedCases);
        results.detail("scale", details);
    }

    /** Imports, waits for the projection, codes: {@code count} more coded cases. Returns the import rate. */
    private double grow(int count, String phase) {
        int first = cases.size();
        long start = System.nanoTime();
        CpuWindow importCpu = CpuWindow.open(suite);
        int rejected = 0;
        for (int offset = 0; offset < count; offset += settings.importBatch()) {
            int size = Math.min(settings.importBatch(), count - offset);
            List<Map<String, Object>> bodies = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                SyntheticData.SyntheticCase generated = data.nextCase("scale", first + offset + i);
                bodies.add(generated.body());
                cases.add(new SyntheticData.SyntheticCase(generated.slug(), generated.country(), generated.startYear(), Map.of()));
            }
            JsonNode answer = importCases(bodies);
            rejected += answer.path("rejected").asInt();
            if (answer.path("rejected").asInt() > 0) {
                details.put(phase + ".firstRejection", answer.path("rejections").path(0));
            }
            Progress.say(phase + ": imported " + (offset + size) + "/" + count + " cases");
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;
        double importRate = count / importSeconds;
        Progress.say(String.format("%s: %d cases imported in %.1f s (%.0f cases/s); waiting for comparison-service to project them…",
                phase, count, importSeconds, importRate));
        long projecting = System.nanoTime();
        awaitLiveCases(seedCases + cases.size());
        double projectionSeconds = (System.nanoTime() - projecting) / 1e9;
        double totalProjection = (System.nanoTime() - start) / 1e9;
        results.add(Figure.info(NAME, phase + ": projected " + Figure.format(count) + " cases, after import", projectionSeconds, "s"));
        results.add(Figure.info(NAME, phase + ": import to projected, rate", count / totalProjection, "cases/s"));
        reportCpu(phase + ": CPU per 1,000 cases imported and projected", importCpu.close(), count);
        long coding = System.nanoTime();
        CpuWindow codingCpu = CpuWindow.open(suite);
        code(cases.subList(first, cases.size()));
        int codings = count * settings.scaleDimensions().size();
        double codingSeconds = (System.nanoTime() - coding) / 1e9;
        results.add(Figure.info(NAME, phase + ": codings stored (import)", codings / codingSeconds, "codings/s"));
        reportCpu(phase + ": CPU per 1,000 codings imported", codingCpu.close(), codings);
        details.put(phase + ".importSeconds", importSeconds);
        details.put(phase + ".rejectedCases", rejected);
        details.put(phase + ".projectionSecondsAfterImport", projectionSeconds);
        details.put(phase + ".codings", codings);
        details.put(phase + ".codingSeconds", codingSeconds);
        return importRate;
    }

    /**
     * Where an import's CPU went: each process of the suite, PostgreSQL with its backends, this benchmark, the machine.
     * Not for a few hundred items, whose share of the services' timers and pollers says nothing of the import.
     */
    private void reportCpu(String what, CpuWindow.Usage usage, int items) {
        if (items < 1_000) {
            return;
        }
        usage.cpuSeconds().forEach((name, seconds) -> results.add(Figure.info(NAME, what + ": " + name,
                seconds * 1000 / items, "s")));
    }

    private JsonNode importCases(List<Map<String, Object>> bodies) {
        return importOnce("/api/v1/cases/import", bodies, "importing cases").json();
    }

    /**
     * An import the gateway gave up waiting for (504) goes on in the service; both imports are idempotent (cases on
     * slug, codings on unit and coder: "unchanged"), so sending the batch again finishes it, and the time until then is
     * what the import took.
     */
    private Http.Answer importOnce(String path, List<Map<String, Object>> bodies, String what) {
        for (int attempt = 1; ; attempt++) {
            Http.Answer answer = http.postJson(suite.gateway() + path, curatorKey, bodies);
            if (answer.status() != 504 || attempt == 5) {
                return answer.requireOk(what);
            }
            Progress.say(what + ": " + bodies.size() + " answered 504 (gateway timeout); sending them again");
        }
    }

    /** Through {@code POST /api/v1/codings/import}, {@value #CODINGS_PER_REQUEST} codings a request. */
    private void code(List<SyntheticData.SyntheticCase> coded) {
        List<Map<String, Object>> codings = new ArrayList<>();
        for (SyntheticData.SyntheticCase subject : coded) {
            for (String dimension : settings.scaleDimensions()) {
                codings.add(data.coding(subject, codebook.version(), dimension, codebook.codes(dimension)));
            }
        }
        Progress.say("coding " + coded.size() + " cases (" + codings.size() + " codings)…");
        for (int offset = 0; offset < codings.size(); offset += CODINGS_PER_REQUEST) {
            requireAllStored(importOnce("/api/v1/codings/import",
                    codings.subList(offset, Math.min(offset + CODINGS_PER_REQUEST, codings.size())), "importing codings"));
        }
    }

    private static void requireAllStored(Http.Answer answer) {
        answer.requireOk("importing codings");
        if (answer.json().path("rejected").asInt() > 0) {
            throw new IllegalStateException("the codings import rejected some: " + answer.body());
        }
    }

    /** Per read: {cold p50, 304 p50} in ms. */
    private Map<String, double[]> measureReads(int coded) {
        double settling = new SettledDatabases(suite.postgresPort()).settle();
        details.put("settleSeconds." + coded, settling);
        Progress.say(String.format("databases settled (VACUUM ANALYZE, CHECKPOINT) in %.1f s", settling));
        Progress.say("comparison reads with " + coded + " coded cases: " + settings.coldSamples() + " cold samples, "
                + settings.notModifiedSamples() + " 304 samples per read…");
        Map<String, List<Double>> cold = new LinkedHashMap<>();
        Map<String, String> etags = new LinkedHashMap<>();
        Map<String, List<String>> unexpected = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(READS.keySet());
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            changeData();
            names.forEach(read -> http.get(suite.gateway() + READS.get(read)));
        }
        for (int sample = 0; sample < settings.coldSamples(); sample++) {
            changeData();
            for (int i = 0; i < names.size(); i++) {
                String read = names.get((sample + i) % names.size());
                Http.Answer answer = http.get(suite.gateway() + READS.get(read));
                if (answer.status() == 200) {
                    cold.computeIfAbsent(read, key -> new ArrayList<>()).add(answer.millis());
                    answer.header("ETag").ifPresent(etag -> etags.put(read, etag));
                } else {
                    unexpected.computeIfAbsent(read, key -> new ArrayList<>()).add(answer.status() + " " + abbreviated(answer.body()));
                }
            }
        }
        Map<String, double[]> medians = new LinkedHashMap<>();
        Map<String, Object> measured = new LinkedHashMap<>();
        for (String read : names) {
            List<Double> notModified = new ArrayList<>();
            String etag = etags.get(read);
            for (int sample = 0; etag != null && sample < settings.notModifiedSamples(); sample++) {
                Http.Answer answer = http.get(suite.gateway() + READS.get(read), "If-None-Match", etag);
                if (answer.status() == 304) {
                    notModified.add(answer.millis());
                } else {
                    unexpected.computeIfAbsent(read, key -> new ArrayList<>()).add(answer.status() + " to If-None-Match");
                }
            }
            Percentiles coldTimes = new Percentiles(cold.getOrDefault(read, List.of()));
            Percentiles notModifiedTimes = new Percentiles(notModified);
            medians.put(read, new double[]{coldTimes.p50(), notModifiedTimes.p50()});
            measured.put(read, Map.of("path", READS.get(read), "coldMs", cold.getOrDefault(read, List.of()),
                    "notModifiedP50Ms", notModifiedTimes.p50(), "notModifiedP99Ms", notModifiedTimes.p99(),
                    "notModifiedSamples", notModifiedTimes.count()));
        }
        details.put("reads." + coded, measured);
        if (!unexpected.isEmpty()) {
            details.put("unexpectedAnswers." + coded, unexpected);
        }
        return medians;
    }

    /** One coding on a unit not coded yet: the data version changes, so every comparison is computed anew. */
    private void changeData() {
        SyntheticData.SyntheticCase subject = cases.get(changes++);
        http.postJson(suite.gateway() + "/api/v1/codings", curatorKey, data.coding(subject, codebook.version(),
                CHANGE_DIMENSION, codebook.codes(CHANGE_DIMENSION))).requireOk("a coding that changes the data");
    }

    private long liveCases() {
        return http.get(suite.gateway() + "/api/v1/comparisons/summary").requireOk("summary").json().get("cases").asLong();
    }

    private void awaitLiveCases(long expected) {
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(1);
        long known;
        long lastReport = System.nanoTime();
        while ((known = liveCases()) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("comparison-service knows " + known + " of " + expected + " cases after an hour");
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(15)) {
                Progress.say("comparison-service knows " + known + " of " + expected + " cases");
                lastReport = System.nanoTime();
            }
            LaunchedSuite.sleep(200);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
