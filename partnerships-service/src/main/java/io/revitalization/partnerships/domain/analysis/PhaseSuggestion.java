package io.revitalization.partnerships.domain.analysis;

import io.revitalization.partnerships.domain.PartnershipKind;
import io.revitalization.partnerships.domain.Phase;

import java.util.List;

/**
 * The phase the evidence suggests, beside the declared one (which it never changes), with its reasons and the
 * figures it was computed from. {@code suggestedPhase} is {@code null} when the evidence is too thin.
 */
public record PhaseSuggestion(Phase declaredPhase, Phase suggestedPhase, Boolean agreesWithDeclared,
                              List<Reason> reasons, Basis basis) {

    /** A reason by code, with the values its text quotes. */
    public record Reason(ReasonCode code, List<Object> arguments) {
        public static Reason of(ReasonCode code, Object... arguments) {
            return new Reason(code, List.of(arguments));
        }
    }

    public enum ReasonCode {
        THIRD_PHASE_KIND, TOO_FEW_ACTIVITIES, ONE_WAY_FLOW, BALANCED_FLOW, JOINT_OUTPUTS, NO_JOINT_OUTPUTS
    }

    /** What the suggestion looked at: the partnership's kind, its activity by direction, its joint outputs. */
    public record Basis(PartnershipKind kind, Flows flows, long jointOutputs) {
    }
}
