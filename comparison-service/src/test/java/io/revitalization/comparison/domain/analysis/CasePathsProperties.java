package io.revitalization.comparison.domain.analysis;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CasePathsProperties {
    /** Japan's and Taiwan's stages of the source's evolution paths share three steps. */
    private static final Map<String, Integer> STEPS = Map.of("innovation", 1, "diffusion", 2, "deepening", 3,
            "rooting", 1, "systematization", 2, "co-creation", 3);

    @Property
    void aPathListsEveryStageOfItsCaseOnceByStep(@ForAll("units") List<CodedUnit> units) {
        for (CasePaths.CasePath path : CasePaths.of(units, STEPS)) {
            Set<String> coded = new HashSet<>();
            units.stream().filter(unit -> unit.caseId().equals(path.caseId())).forEach(unit -> coded.addAll(unit.codes()));
            assertThat(path.stages()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(coded);
            for (int i = 1; i < path.stages().size(); i++) {
                assertThat(STEPS.get(path.stages().get(i))).isGreaterThanOrEqualTo(STEPS.get(path.stages().get(i - 1)));
            }
        }
    }

    @Property
    void everyCaseFollowsOnePathAndEveryStepsSharesSumToOne(@ForAll("units") List<CodedUnit> units) {
        List<CasePaths.CasePath> paths = CasePaths.of(units, STEPS);
        CasePaths.GroupPaths summary = CasePaths.summary(paths, STEPS);
        assertThat(summary.n()).isEqualTo(paths.size());
        assertThat(summary.paths().stream().mapToInt(CasePaths.PathCount::n).sum()).isEqualTo(paths.size());
        for (CasePaths.Step step : summary.steps()) {
            assertThat(step.stages().stream().mapToDouble(Distribution.CodeShare::share).sum())
                    .isCloseTo(1, within(1e-12));
            assertThat(step.n()).isLessThanOrEqualTo(paths.size());
        }
    }

    @Property
    void theOrderOfTheUnitsDoesNotChangeAPath(@ForAll("units") List<CodedUnit> units) {
        List<CodedUnit> reversed = new ArrayList<>(units);
        java.util.Collections.reverse(reversed);
        assertThat(CasePaths.of(reversed, STEPS)).isEqualTo(CasePaths.of(units, STEPS));
    }

    @Provide
    Arbitrary<List<CodedUnit>> units() {
        Arbitrary<List<String>> stages = Arbitraries.of(STEPS.keySet()).set().ofMinSize(1).ofMaxSize(3)
                .map(set -> set.stream().sorted().toList());
        Arbitrary<CodedUnit> unit = Combinators.combine(Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(2021, 2025), stages)
                .as((c, year, codes) -> new CodedUnit("case-" + c, year, codes, 1, List.of(), null));
        return unit.list().ofMaxSize(20).map(list -> {
            Set<String> seen = new HashSet<>();
            return list.stream().filter(u -> seen.add(u.caseId() + "/" + u.year())).toList();
        });
    }
}
