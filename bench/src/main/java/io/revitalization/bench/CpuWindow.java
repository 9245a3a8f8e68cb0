package io.revitalization.bench;

import io.revitalization.localstack.SuiteService;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU that each process of a suite, PostgreSQL with its backends, the benchmark itself and the whole machine
 * used over a stretch of a benchmark, in cores (CPU seconds per second): where a rate the suite cannot keep up with
 * goes.
 */
final class CpuWindow {
    static final String MACHINE = "machine";
    /** The JIT compiler threads of the four services together, a part of their figures rather than one more. */
    static final String SERVICES_JIT = "the services' JIT compilers";

    private final LaunchedSuite suite;
    private final Map<String, Double> start;
    private final long startNanos = System.nanoTime();

    private CpuWindow(LaunchedSuite suite) {
        this.suite = suite;
        this.start = secondsSoFar(suite);
    }

    static CpuWindow open(LaunchedSuite suite) {
        return new CpuWindow(suite);
    }

    /** The CPU seconds used since {@link #open} by each process and the machine, and the seconds that passed. */
    record Usage(Map<String, Double> cpuSeconds, double seconds) {
        double cores(String name) {
            return cpuSeconds.get(name) / seconds;
        }
    }

    /** What each process, and the machine as a whole ({@link #MACHINE}), used since {@link #open}. */
    Usage close() {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> used = new LinkedHashMap<>();
        secondsSoFar(suite).forEach((name, seconds) -> {
            Double before = start.get(name);
            if (before != null) {
                used.put(name, seconds - before);
            }
        });
        return new Usage(used, elapsed);
    }

    private static Map<String, Double> secondsSoFar(LaunchedSuite suite) {
        Map<String, Long> services = suite.processIds();
        Map<String, Long> pids = new LinkedHashMap<>(services);
        pids.put("benchmark", ProcessHandle.current().pid());
        Map<String, Double> seconds = new LinkedHashMap<>(ProcessCpu.seconds(pids));
        seconds.put(SERVICES_JIT, Arrays.stream(SuiteService.values()).map(SuiteService::module)
                .filter(services::containsKey).mapToDouble(module -> ProcessCpu.compilerSeconds(services.get(module)))
                .sum());
        suite.postgresProcessId().ifPresent(pid -> seconds.put("postgres", ProcessCpu.secondsWithChildren(pid)));
        seconds.put(MACHINE, ProcessCpu.machineBusySeconds());
        return seconds;
    }
}
