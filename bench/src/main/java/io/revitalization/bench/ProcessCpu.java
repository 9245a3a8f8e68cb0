package io.revitalization.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    /**
     * The CPU time of a JVM's JIT compiler threads ({@code C1 CompilerThre…}, {@code C2 CompilerThre…}), which run
     * beside its requests until its hot code is compiled.
     */
    static double compilerSeconds(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            long ticks = 0;
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        String[] fields = fieldsAfterName(stat);
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException e) {
                    // the thread ended meanwhile: a compiler thread that idled long enough
                }
            }
            return ticks / TICKS_PER_SECOND;
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
        return fieldsAfterName(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    }

    private static String[] fieldsAfterName(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }
}
