package io.revitalization.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
                String[] fields = statFields(pid);
                seconds.put(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND);
            } catch (IOException | RuntimeException e) {
                // the process is gone: nothing to count
            }
        });
        return seconds;
    }

    /**
     * A process with its children (PostgreSQL's postmaster and its backends): its own time, the time of the children
     * it has waited for, and the time of those still running.
     */
    static double secondsWithChildren(long pid) {
        try {
            String[] fields = statFields(pid);
            long ticks = 0;
            for (int field : List.of(11, 12, 13, 14)) {
                ticks += Long.parseLong(fields[field]);
            }
            Map<String, Long> children = new LinkedHashMap<>();
            ProcessHandle.of(pid).ifPresent(parent -> parent.children()
                    .forEach(child -> children.put(Long.toString(child.pid()), child.pid())));
            return ticks / TICKS_PER_SECOND + seconds(children).values().stream().mapToDouble(Double::doubleValue).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU time the whole machine has spent busy (neither idle nor waiting for I/O), all cores together. */
    static double machineBusySeconds() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            // user, nice, system, then irq, softirq, steal (guest time is counted in user and nice already)
            for (int field : List.of(1, 2, 3, 6, 7, 8)) {
                busy += Long.parseLong(fields[field]);
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The fields of {@code /proc/<pid>/stat} after the command name, which may itself hold spaces and parentheses. */
    private static String[] statFields(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }
}
