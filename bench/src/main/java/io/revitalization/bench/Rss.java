package io.revitalization.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Resident memory of processes, from {@code /proc/<pid>/status} (VmRSS); a sampler keeps each one's peak. */
final class Rss implements AutoCloseable {

    private final Map<String, Long> pids;
    private final Map<String, Long> peakKilobytes = new LinkedHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private Rss(Map<String, Long> pids) {
        this.pids = Map.copyOf(pids);
    }

    /** Samples every second until closed. */
    static Rss sampling(Map<String, Long> pids) {
        Rss rss = new Rss(pids);
        rss.sampler.scheduleAtFixedRate(rss::sample, 0, 1, TimeUnit.SECONDS);
        return rss;
    }

    /** Each process's resident memory now, in MB. */
    static Map<String, Double> now(Map<String, Long> pids) {
        Map<String, Double> megabytes = new LinkedHashMap<>();
        pids.forEach((name, pid) -> kilobytes(pid).ifPresent(kb -> megabytes.put(name, kb / 1024.0)));
        return megabytes;
    }

    synchronized Map<String, Double> peakMegabytes() {
        Map<String, Double> megabytes = new LinkedHashMap<>();
        peakKilobytes.forEach((name, kb) -> megabytes.put(name, kb / 1024.0));
        return megabytes;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    private synchronized void sample() {
        pids.forEach((name, pid) -> kilobytes(pid).ifPresent(kb -> peakKilobytes.merge(name, kb, Math::max)));
    }

    private static OptionalLong kilobytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process is gone: nothing to sample
        }
        return OptionalLong.empty();
    }
}
