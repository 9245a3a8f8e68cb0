package io.revitalization.partnerships.domain.analysis;

import io.revitalization.partnerships.domain.FlowDirection;
import io.revitalization.partnerships.domain.PartnershipKind;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.partnerships.domain.analysis.PhaseSuggestion.Basis;
import io.revitalization.partnerships.domain.analysis.PhaseSuggestion.Reason;
import io.revitalization.partnerships.domain.analysis.PhaseSuggestion.ReasonCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseSuggesterTest {
    /** The documented defaults: 3 activities, 60 % one way, 1 joint output. */
    private final PhaseSuggester suggester = new PhaseSuggester(new PhaseThresholds(3, 0.6, 1));

    private static Basis course(long jpToTw, long twToJp, long mutual, long jointOutputs) {
        return new Basis(PartnershipKind.JOINT_COURSE, Flows.of(jpToTw, twToJp, mutual), jointOutputs);
    }

    @Test
    void jointPolicyResearchAndTriSectorProjectsReadAsTheThirdPhaseWhateverTheFlow() {
        for (PartnershipKind kind : new PartnershipKind[] {PartnershipKind.JOINT_POLICY_RESEARCH,
                PartnershipKind.TRI_SECTOR_PROJECT}) {
            PhaseSuggestion suggestion = suggester.suggest(Phase.CO_CREATION, new Basis(kind, Flows.of(5, 0, 0), 0));
            assertThat(suggestion.suggestedPhase()).isEqualTo(Phase.THIRD_PHASE);
            assertThat(suggestion.agreesWithDeclared()).isFalse();
            assertThat(suggestion.reasons()).extracting(Reason::code).containsExactly(ReasonCode.THIRD_PHASE_KIND);
        }
    }

    @Test
    void tooFewActivitiesSuggestNothing() {
        PhaseSuggestion suggestion = suggester.suggest(Phase.BENCHMARKING, course(2, 0, 0, 0));

        assertThat(suggestion.suggestedPhase()).isNull();
        assertThat(suggestion.agreesWithDeclared()).isNull();
        assertThat(suggestion.declaredPhase()).isEqualTo(Phase.BENCHMARKING);
        assertThat(suggestion.reasons().get(0).arguments()).containsExactly(2L, 3);
    }

    @Test
    void oneWayFlowFromSixtyPercentReadsAsBenchmarkingEitherWay() {
        assertThat(suggester.suggest(null, course(3, 1, 1, 1)).suggestedPhase()).isEqualTo(Phase.BENCHMARKING);
        PhaseSuggestion taiwanToJapan = suggester.suggest(Phase.BENCHMARKING, course(0, 3, 2, 0));
        assertThat(taiwanToJapan.suggestedPhase()).isEqualTo(Phase.BENCHMARKING);
        assertThat(taiwanToJapan.agreesWithDeclared()).isTrue();
        assertThat(taiwanToJapan.reasons().get(0).arguments()).containsExactly(60L,
                FlowDirection.TW_TO_JP, 60L);
    }

    @Test
    void balancedFlowWithAJointOutputReadsAsCoCreation() {
        PhaseSuggestion suggestion = suggester.suggest(Phase.BENCHMARKING, course(1, 1, 1, 1));

        assertThat(suggestion.suggestedPhase()).isEqualTo(Phase.CO_CREATION);
        assertThat(suggestion.agreesWithDeclared()).isFalse();
        assertThat(suggestion.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.BALANCED_FLOW, ReasonCode.JOINT_OUTPUTS);
    }

    @Test
    void balancedFlowWithoutJointOutputsIsNotYetCoCreation() {
        PhaseSuggestion suggestion = suggester.suggest(null, course(2, 2, 1, 0));

        assertThat(suggestion.suggestedPhase()).isNull();
        assertThat(suggestion.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.BALANCED_FLOW, ReasonCode.NO_JOINT_OUTPUTS);
    }
}
