package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Paths of kinds: each code of a path dimension is a kind of stage at a step of a common sequence, and a case's path
 * is the stages it is coded with, ordered by step. Paths of different kinds are compared step by step: which stages
 * a group's cases reach at each step, and which whole paths they follow.
 */
public final class CasePaths {

    /** A case's stages, by step (then by the first year the stage is coded, then by code). */
    public record CasePath(String caseId, List<String> stages) {
        public CasePath {
            Require.text(caseId, "caseId");
            stages = List.copyOf(stages);
        }
    }

    /** A whole path and the cases that follow it. */
    public record PathCount(List<String> stages, int n, List<String> caseIds) {
        public PathCount {
            stages = List.copyOf(stages);
            caseIds = ListedCases.first(caseIds);
        }
    }

    /**
     * The stages a group's cases reach at one step: each case with a stage at the step weighs 1, split over its
     * stages there.
     *
     * @param n the cases with a stage at this step
     */
    public record Step(int step, int n, List<Distribution.CodeShare> stages) {
        public Step {
            stages = List.copyOf(stages);
        }
    }

    /**
     * A group's paths.
     *
     * @param n     the cases with a path
     * @param paths the distinct paths, most followed first (then by their stages)
     * @param steps every step reached, lowest first
     */
    public record GroupPaths(int n, List<PathCount> paths, List<Step> steps) {
        public GroupPaths {
            paths = List.copyOf(paths);
            steps = List.copyOf(steps);
        }
    }

    private CasePaths() {
    }

    /** Each case's path from its units on a path dimension, by case id. */
    public static List<CasePath> of(Collection<CodedUnit> units, Map<String, Integer> stepByCode) {
        Require.present(units, "units");
        Map<String, Map<String, Integer>> firstYearByStage = new TreeMap<>();
        for (CodedUnit unit : units) {
            Map<String, Integer> stages = firstYearByStage.computeIfAbsent(unit.caseId(), id -> new LinkedHashMap<>());
            for (String code : unit.codes()) {
                if (!stepByCode.containsKey(code)) {
                    throw new IllegalArgumentException("'" + code + "' is not a stage of the path");
                }
                stages.merge(code, unit.year(), Math::min);
            }
        }
        List<CasePath> paths = new ArrayList<>();
        firstYearByStage.forEach((caseId, stages) -> paths.add(new CasePath(caseId, stages.keySet().stream()
                .sorted(Comparator.comparing((String code) -> stepByCode.get(code))
                        .thenComparing(stages::get).thenComparing(code -> code))
                .toList())));
        return paths;
    }

    /** A whole path and how many cases follow it, without naming them. */
    public record CountedPath(List<String> stages, int cases) {
        public CountedPath {
            stages = List.copyOf(stages);
        }
    }

    /** The cases listed beside counted paths: the first of each path and of each stage at each step, in id order. */
    public record Listed(Map<List<String>, List<String>> byPath, Map<Integer, Map<String, List<String>>> byStepStage) {
    }

    /** A group's paths: the distinct whole paths and the stages reached at each step. */
    public static GroupPaths summary(List<CasePath> paths, Map<String, Integer> stepByCode) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        Map<List<String>, List<String>> byPath = new LinkedHashMap<>();
        Map<Integer, Map<String, List<String>>> byStepStage = new TreeMap<>();
        for (CasePath path : paths.stream().sorted(Comparator.comparing(CasePath::caseId)).toList()) {
            counts.merge(path.stages(), 1, Integer::sum);
            byPath.computeIfAbsent(path.stages(), stages -> new ArrayList<>()).add(path.caseId());
            path.stages().forEach(stage -> byStepStage.computeIfAbsent(stepByCode.get(stage), s -> new TreeMap<>())
                    .computeIfAbsent(stage, s -> new ArrayList<>()).add(path.caseId()));
        }
        List<CountedPath> counted = new ArrayList<>();
        counts.forEach((stages, cases) -> counted.add(new CountedPath(stages, cases)));
        return summary(counted, new Listed(byPath, byStepStage), stepByCode);
    }

    /**
     * A group's paths from its paths counted, however they are split into entries, and the cases listed beside them:
     * weights are summed per distinct path in one order, so counted paths give the figures the cases give.
     */
    public static GroupPaths summary(List<CountedPath> paths, Listed listed, Map<String, Integer> stepByCode) {
        Map<List<String>, Integer> casesByPath = new TreeMap<>(Comparator.comparing(stages -> String.join(" ", stages)));
        paths.forEach(path -> casesByPath.merge(path.stages(), path.cases(), Integer::sum));
        Map<Integer, Map<String, Double>> weightByStep = new TreeMap<>();
        Map<Integer, Map<String, Integer>> casesByStepStage = new TreeMap<>();
        Map<Integer, Integer> casesByStep = new TreeMap<>();
        int n = 0;
        for (Map.Entry<List<String>, Integer> path : casesByPath.entrySet()) {
            int cases = path.getValue();
            n += cases;
            Map<Integer, List<String>> byStep = new TreeMap<>();
            path.getKey().forEach(stage -> byStep.computeIfAbsent(stepByCode.get(stage), step -> new ArrayList<>())
                    .add(stage));
            byStep.forEach((step, stages) -> {
                casesByStep.merge(step, cases, Integer::sum);
                stages.forEach(stage -> {
                    weightByStep.computeIfAbsent(step, s -> new TreeMap<>())
                            .merge(stage, cases * (1.0 / stages.size()), Double::sum);
                    casesByStepStage.computeIfAbsent(step, s -> new TreeMap<>()).merge(stage, cases, Integer::sum);
                });
            });
        }
        List<PathCount> counts = casesByPath.entrySet().stream()
                .map(entry -> new PathCount(entry.getKey(), entry.getValue(),
                        listed.byPath().getOrDefault(entry.getKey(), List.of())))
                .sorted(Comparator.comparing(PathCount::n, Comparator.reverseOrder())
                        .thenComparing(count -> String.join(" ", count.stages())))
                .toList();
        List<Step> steps = new ArrayList<>();
        casesByStep.forEach((step, cases) -> steps.add(new Step(step, cases, weightByStep.get(step).entrySet()
                .stream().map(entry -> new Distribution.CodeShare(entry.getKey(), entry.getValue() / cases,
                        casesByStepStage.get(step).get(entry.getKey()),
                        listed.byStepStage().getOrDefault(step, Map.of()).getOrDefault(entry.getKey(), List.of())))
                .sorted(Comparator.comparing(Distribution.CodeShare::share, Comparator.reverseOrder())
                        .thenComparing(Distribution.CodeShare::code))
                .toList())));
        return new GroupPaths(n, counts, steps);
    }
}
