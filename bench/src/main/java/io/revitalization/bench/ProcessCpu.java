package io.revitalization.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time that processes have used so far (user and system, from {@code /proc/<pid>/stat}): on a shared machine a
 * steadier account of a start than its wall time, which depends on whatever else runs.
 */
final class ProcessCpu {

    /** Linux's USER_HZ, the unit of the times in {@code /proc/<pid>/stat}. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    static Map<String, Double> seconds(Map<String, Long> pids) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                // the fields after the command name, which may itself hold spaces and parentheses
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                seconds.put(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND);
            } catch (IOException | RuntimeException e) {
                // the process is gone: nothing to count
            }
        });
        return seconds;
    }
}
