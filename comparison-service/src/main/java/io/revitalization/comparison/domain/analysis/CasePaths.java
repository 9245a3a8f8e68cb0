package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /** A group's paths: the distinct whole paths and the stages reached at each step. */
    public static GroupPaths summary(List<CasePath> paths, Map<String, Integer> stepByCode) {
        Map<List<String>, SortedSet<String>> casesByPath = new LinkedHashMap<>();
        Map<Integer, Map<String, Double>> weightByStep = new TreeMap<>();
        Map<Integer, Map<String, SortedSet<String>>> casesByStepStage = new TreeMap<>();
        Map<Integer, SortedSet<String>> casesByStep = new TreeMap<>();
        for (CasePath path : paths) {
            casesByPath.computeIfAbsent(path.stages(), stages -> new TreeSet<>()).add(path.caseId());
            Map<Integer, List<String>> byStep = new TreeMap<>();
            path.stages().forEach(stage -> byStep.computeIfAbsent(stepByCode.get(stage), step -> new ArrayList<>())
                    .add(stage));
            byStep.forEach((step, stages) -> {
                casesByStep.computeIfAbsent(step, s -> new TreeSet<>()).add(path.caseId());
                stages.forEach(stage -> {
                    weightByStep.computeIfAbsent(step, s -> new TreeMap<>())
                            .merge(stage, 1.0 / stages.size(), Double::sum);
                    casesByStepStage.computeIfAbsent(step, s -> new TreeMap<>())
                            .computeIfAbsent(stage, s -> new TreeSet<>()).add(path.caseId());
                });
            });
        }
        List<PathCount> counts = casesByPath.entrySet().stream()
                .map(entry -> new PathCount(entry.getKey(), entry.getValue().size(), List.copyOf(entry.getValue())))
                .sorted(Comparator.comparing(PathCount::n, Comparator.reverseOrder())
                        .thenComparing(count -> String.join(" ", count.stages())))
                .toList();
        List<Step> steps = new ArrayList<>();
        casesByStep.forEach((step, cases) -> steps.add(new Step(step, cases.size(), weightByStep.get(step).entrySet()
                .stream().map(entry -> new Distribution.CodeShare(entry.getKey(), entry.getValue() / cases.size(),
                        casesByStepStage.get(step).get(entry.getKey()).size(),
                        List.copyOf(casesByStepStage.get(step).get(entry.getKey()))))
                .sorted(Comparator.comparing(Distribution.CodeShare::share, Comparator.reverseOrder())
                        .thenComparing(Distribution.CodeShare::code))
                .toList())));
        return new GroupPaths(paths.size(), counts, steps);
    }
}
