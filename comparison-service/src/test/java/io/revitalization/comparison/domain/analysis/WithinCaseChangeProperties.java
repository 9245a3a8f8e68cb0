package io.revitalization.comparison.domain.analysis;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WithinCaseChangeProperties {
    private static final CodeScale SCALE = CodeScale.ordinal("p", "m", "s", "n");

    @Property
    void aTrajectorysChangeIsItsLastPositionMinusItsFirst(@ForAll("units") List<CodedUnit> units) {
        for (WithinCaseChange.CaseTrajectory trajectory : WithinCaseChange.trajectories(units, SCALE)) {
            List<Trend.YearValue> positions = trajectory.positions();
            assertThat(trajectory.change()).isCloseTo(positions.get(positions.size() - 1).value()
                    - positions.get(0).value(), within(1e-12));
            assertThat(trajectory.perYear() == null).isEqualTo(positions.size() == 1);
        }
    }

    @Property
    void theSharesUpDownAndSameSumToOneAndTheIntervalHoldsTheMean(@ForAll("units") List<CodedUnit> units) {
        WithinCaseChange.GroupChange change = WithinCaseChange.summary(WithinCaseChange.trajectories(units, SCALE),
                new MinimumSample(2), 0.95);
        if (change.n() > 0) {
            assertThat(change.shareUp() + change.shareDown() + change.shareSame()).isCloseTo(1, within(1e-12));
        }
        if (change.interval() != null) {
            assertThat(change.meanPerYear()).isBetween(change.interval().lower(), change.interval().upper());
        }
    }

    @Property
    void shiftingEveryPositionOfAGroupLeavesItsDirectionAndTheDifferenceZero(@ForAll("units") List<CodedUnit> units) {
        List<CodedUnit> lower = units.stream().filter(unit -> SCALE.position(unit.codes().get(0)) < 4).toList();
        List<CodedUnit> raised = lower.stream().map(unit -> new CodedUnit(unit.caseId(), unit.year(),
                List.of(SCALE.codes().get(SCALE.position(unit.codes().get(0)))), 1, List.of(), null)).toList();
        MinimumSample minimum = new MinimumSample(2);
        WithinCaseChange.GroupChange a = WithinCaseChange.summary(WithinCaseChange.trajectories(lower, SCALE),
                minimum, 0.95);
        WithinCaseChange.GroupChange b = WithinCaseChange.summary(WithinCaseChange.trajectories(raised, SCALE),
                minimum, 0.95);
        Thesis.DirectionComparison direction = Thesis.direction(a, b, 0.95);
        if (direction.direction() != Thesis.Direction.INSUFFICIENT_DATA) {
            assertThat(direction.difference()).isCloseTo(0, within(1e-12));
            assertThat(direction.direction()).isIn(Thesis.Direction.SAME, Thesis.Direction.INCONCLUSIVE);
        }
    }

    @Provide
    Arbitrary<List<CodedUnit>> units() {
        Arbitrary<CodedUnit> unit = Combinators.combine(Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(2021, 2025), Arbitraries.of(SCALE.codes()))
                .as((c, year, code) -> new CodedUnit("case-" + c, year, List.of(code), 1, List.of(), null));
        return unit.list().ofMaxSize(30).map(list -> {
            Set<String> seen = new HashSet<>();
            return list.stream().filter(u -> seen.add(u.caseId() + "/" + u.year())).toList();
        });
    }
}
