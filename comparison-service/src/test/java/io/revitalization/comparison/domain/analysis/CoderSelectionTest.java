package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.revitalization.comparison.domain.analysis.CoderSelection.Reason;
import io.revitalization.comparison.domain.analysis.CoderSelection.Resolution;
import io.revitalization.comparison.domain.analysis.CoderSelection.UnresolvedUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoderSelectionTest {

    private static final List<Coding> CODINGS = List.of(
            new Coding("kochi-ubc", 2022, "lin", List.of("system"), "satellite offices across the prefecture", 0.9),
            new Coding("kochi-ubc", 2022, "sato", List.of("system"), "resident full-time faculty", 0.7),
            new Coding("kochi-ubc", 2022, "chen", List.of("network")),
            new Coding("ryukoku-footpath", 2022, "lin", List.of("model")),
            new Coding("ryukoku-footpath", 2022, "sato", List.of("project")),
            new Coding("shinshu-100", 2022, "sato", List.of("network"), "four-prefecture network", null));

    @Test
    void singleCoderKeepsThatCodersCodingsAndReportsTheRest() {
        Resolution resolution = CoderSelection.singleCoder("lin").resolve(CODINGS);

        assertThat(resolution.units()).extracting(CodedUnit::caseId, CodedUnit::codes, CodedUnit::weight)
                .containsExactly(tuple("kochi-ubc", List.of("system"), 1.0), tuple("ryukoku-footpath", List.of("model"), 1.0));
        assertThat(resolution.unresolved())
                .containsExactly(new UnresolvedUnit("shinshu-100", 2022, Reason.NOT_CODED_BY_SELECTED_CODER));
    }

    @Test
    void majorityTakesThePluralityCodeSetWithItsEvidenceAndLeavesTiesOut() {
        Resolution resolution = CoderSelection.majority().resolve(CODINGS);

        assertThat(resolution.units()).extracting(CodedUnit::caseId, CodedUnit::codes).containsExactly(
                tuple("kochi-ubc", List.of("system")), tuple("shinshu-100", List.of("network")));
        CodedUnit kochi = resolution.units().get(0);
        assertThat(kochi.evidence()).containsExactly("satellite offices across the prefecture", "resident full-time faculty");
        assertThat(kochi.confidence()).isEqualTo(0.8);
        assertThat(resolution.unresolved()).containsExactly(new UnresolvedUnit("ryukoku-footpath", 2022, Reason.TIED_CODINGS));
    }

    @Test
    void adjudicatedTakesTheAdjudicationWhereThereIsOneElseTheMajorityWhichLeavesItOut() {
        List<Coding> codings = new java.util.ArrayList<>(CODINGS);
        codings.add(new Coding("ryukoku-footpath", 2022, CoderSelection.ADJUDICATOR, List.of("model")));
        codings.add(new Coding("kochi-ubc", 2022, CoderSelection.ADJUDICATOR, List.of("network")));

        assertThat(CoderSelection.adjudicated().resolve(codings).units())
                .extracting(CodedUnit::caseId, CodedUnit::codes, CodedUnit::weight).containsExactly(
                        tuple("kochi-ubc", List.of("network"), 1.0),
                        tuple("ryukoku-footpath", List.of("model"), 1.0),
                        tuple("shinshu-100", List.of("network"), 1.0));
        assertThat(CoderSelection.majority().resolve(codings))
                .as("the majority and all coders count coders only").isEqualTo(CoderSelection.majority().resolve(CODINGS));
        assertThat(CoderSelection.allCoders().resolve(codings)).isEqualTo(CoderSelection.allCoders().resolve(CODINGS));
        assertThat(CoderSelection.singleCoder(CoderSelection.ADJUDICATOR).resolve(codings).units())
                .extracting(CodedUnit::caseId).containsExactly("kochi-ubc", "ryukoku-footpath");
    }

    @Test
    void allCodersWeighsEachCodingByOneOverTheCoders() {
        Resolution resolution = CoderSelection.allCoders().resolve(CODINGS);

        assertThat(resolution.units()).extracting(CodedUnit::caseId, CodedUnit::codes, CodedUnit::weight)
                .containsExactly(
                        tuple("kochi-ubc", List.of("network"), 1.0 / 3),
                        tuple("kochi-ubc", List.of("system"), 1.0 / 3),
                        tuple("kochi-ubc", List.of("system"), 1.0 / 3),
                        tuple("ryukoku-footpath", List.of("model"), 0.5),
                        tuple("ryukoku-footpath", List.of("project"), 0.5),
                        tuple("shinshu-100", List.of("network"), 1.0));
        assertThat(resolution.unresolved()).isEmpty();
    }

    @Test
    void codeSetsAreComparedRegardlessOfOrder() {
        Resolution resolution = CoderSelection.majority().resolve(List.of(
                new Coding("nsysu-cijin", 2024, "lin", List.of("memory", "empathy")),
                new Coding("nsysu-cijin", 2024, "sato", List.of("empathy", "memory")),
                new Coding("nsysu-cijin", 2024, "chen", List.of("memory"))));

        assertThat(resolution.units()).singleElement()
                .extracting(CodedUnit::codes).isEqualTo(List.of("empathy", "memory"));
    }

    @Test
    void refusesACoderCodingOneUnitTwice() {
        List<Coding> twice = List.of(
                new Coding("kochi-ubc", 2022, "lin", List.of("system")),
                new Coding("kochi-ubc", 2022, "lin", List.of("network")));

        assertThatThrownBy(() -> CoderSelection.majority().resolve(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coder lin coded case kochi-ubc in 2022 more than once");
    }

    @Test
    void refusesAnIncoherentSelection() {
        assertThatThrownBy(() -> CoderSelection.singleCoder(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoderSelection(CoderSelection.Rule.MAJORITY, "lin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SINGLE_CODER");
        assertThatThrownBy(() -> new Coding("a", 2021, "lin", List.of("x"), null, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence");
    }
}
