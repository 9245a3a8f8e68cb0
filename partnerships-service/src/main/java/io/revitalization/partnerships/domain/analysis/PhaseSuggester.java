package io.revitalization.partnerships.domain.analysis;

import io.revitalization.partnerships.domain.FlowDirection;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.partnerships.domain.analysis.PhaseSuggestion.Basis;
import io.revitalization.partnerships.domain.analysis.PhaseSuggestion.Reason;
import io.revitalization.partnerships.domain.analysis.PhaseSuggestion.ReasonCode;

import java.util.List;

/**
 * Reads the phase of a relationship from its evidence, as the source describes the phases: joint policy research
 * or tri-sector projects are third-phase work; one-way flow of knowledge is benchmarking; balanced flow with joint
 * outputs (outcomes reported as mutual) is co-creation. Anything else is not enough evidence for a suggestion.
 */
public final class PhaseSuggester {
    private final PhaseThresholds thresholds;

    public PhaseSuggester(PhaseThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public PhaseSuggestion suggest(Phase declared, Basis basis) {
        if (basis.kind().isThirdPhaseWork()) {
            return result(declared, Phase.THIRD_PHASE, basis, Reason.of(ReasonCode.THIRD_PHASE_KIND, basis.kind()));
        }
        Flows flows = basis.flows();
        if (flows.activities() < thresholds.minActivities()) {
            return result(declared, null, basis,
                    Reason.of(ReasonCode.TOO_FEW_ACTIVITIES, flows.activities(), thresholds.minActivities()));
        }
        FlowDirection dominant = flows.dominantOneWay();
        if (flows.share(dominant) >= thresholds.oneWayShare()) {
            return result(declared, Phase.BENCHMARKING, basis,
                    Reason.of(ReasonCode.ONE_WAY_FLOW, percent(flows.share(dominant)), dominant,
                            percent(thresholds.oneWayShare())));
        }
        Reason balanced = Reason.of(ReasonCode.BALANCED_FLOW, percent(flows.share(FlowDirection.JP_TO_TW)),
                percent(flows.share(FlowDirection.TW_TO_JP)), percent(flows.share(FlowDirection.MUTUAL)));
        if (basis.jointOutputs() >= thresholds.minJointOutputs()) {
            return result(declared, Phase.CO_CREATION, basis, balanced,
                    Reason.of(ReasonCode.JOINT_OUTPUTS, basis.jointOutputs()));
        }
        return result(declared, null, basis, balanced,
                Reason.of(ReasonCode.NO_JOINT_OUTPUTS, thresholds.minJointOutputs()));
    }

    private static PhaseSuggestion result(Phase declared, Phase suggested, Basis basis, Reason... reasons) {
        Boolean agrees = suggested == null || declared == null ? null : suggested == declared;
        return new PhaseSuggestion(declared, suggested, agrees, List.of(reasons), basis);
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }
}
