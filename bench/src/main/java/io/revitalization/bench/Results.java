package io.revitalization.bench;

import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one run: printed as a table and written as JSON to {@code bench/results/}. */
final class Results {

    private static final DateTimeFormatter FILE_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Map<String, Object> run = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    Results(Map<String, Object> machine, BenchSettings settings) {
        run.put("machine", machine);
        run.put("mode", settings.quick() ? "quick" : "full");
        run.put("settings", settings);
        run.put("loadAverageAtStart", MachineFacts.loadAverage());
    }

    synchronized void add(Figure figure) {
        figures.add(figure);
    }

    synchronized void detail(String name, Object value) {
        details.put(name, value);
    }

    /** A benchmark that could not finish: named in the table and the JSON instead of its figures. */
    synchronized void problem(String benchmark, Exception e) {
        problems.add(benchmark + ": " + e);
    }

    synchronized boolean hasProblems() {
        return !problems.isEmpty();
    }

    void finish(double seconds) {
        run.put("loadAverageAtEnd", MachineFacts.loadAverage());
        run.put("seconds", Math.round(seconds));
    }

    Path write(Path directory, Instant started) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> document = new LinkedHashMap<>(run);
        document.put("figures", figures);
        document.put("problems", problems);
        document.put("details", details);
        byte[] json = Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(document);
        Path file = directory.resolve(FILE_NAME.format(started) + ".json");
        Files.write(file, json);
        Files.write(directory.resolve("latest.json"), json);
        return file;
    }

    void print(PrintStream out) {
        @SuppressWarnings("unchecked")
        Map<String, Object> machine = (Map<String, Object>) run.get("machine");
        out.println();
        out.printf("Benchmarks (%s mode), %s: %s cores, %s GiB, %s, %s, commit %s%s%n", run.get("mode"),
                machine.get("date"), machine.get("cores"), machine.get("memoryGiB"), machine.get("cpu"),
                machine.get("jdk"), shortCommit(machine), Boolean.TRUE.equals(machine.get("gitWorkingTreeChanged"))
                        ? " (with uncommitted changes)" : "");
        out.printf("load average at start %s, at end %s; %s s%n%n", run.get("loadAverageAtStart"),
                run.get("loadAverageAtEnd"), run.get("seconds"));
        int nameWidth = figures.stream().mapToInt(figure -> figure.name().length()).max().orElse(10);
        String row = "%-10s %-" + nameWidth + "s %14s %-8s %-12s %s%n";
        out.printf(row, "benchmark", "figure", "value", "unit", "target", "result");
        for (Figure figure : figures) {
            out.printf(row, figure.benchmark(), figure.name(), Figure.format(figure.value()), figure.unit(),
                    figure.target(), figure.verdict());
        }
        for (String problem : problems) {
            out.println("NOT MEASURED: " + problem);
        }
        long misses = figures.stream().filter(figure -> Boolean.FALSE.equals(figure.pass())).count();
        long passes = figures.stream().filter(figure -> Boolean.TRUE.equals(figure.pass())).count();
        out.printf("%n%d targets met, %d missed%s%n", passes, misses,
                problems.isEmpty() ? "" : ", " + problems.size() + " benchmark(s) not measured");
    }

    private static String shortCommit(Map<String, Object> machine) {
        String commit = String.valueOf(machine.get("gitCommit"));
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
