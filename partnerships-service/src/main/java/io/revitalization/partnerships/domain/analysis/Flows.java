package io.revitalization.partnerships.domain.analysis;

import io.revitalization.partnerships.domain.FlowDirection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Activity counted by direction of the knowledge flow, with each direction's share of the total (shares are
 * {@code null} when there is no activity; they are rounded to three decimals).
 */
public record Flows(long activities, long jpToTw, long twToJp, long mutual, Double jpToTwShare, Double twToJpShare,
                    Double mutualShare) {

    public static final Flows NONE = of(0, 0, 0);

    public static Flows of(long jpToTw, long twToJp, long mutual) {
        long total = jpToTw + twToJp + mutual;
        return new Flows(total, jpToTw, twToJp, mutual, share(jpToTw, total), share(twToJp, total),
                share(mutual, total));
    }

    public Flows plus(FlowDirection direction, long count) {
        return switch (direction) {
            case JP_TO_TW -> of(jpToTw + count, twToJp, mutual);
            case TW_TO_JP -> of(jpToTw, twToJp + count, mutual);
            case MUTUAL -> of(jpToTw, twToJp, mutual + count);
        };
    }

    public Flows plus(Flows other) {
        return of(jpToTw + other.jpToTw, twToJp + other.twToJp, mutual + other.mutual);
    }

    /** The one-way direction with more activity ({@code JP_TO_TW} on a tie). */
    public FlowDirection dominantOneWay() {
        return twToJp > jpToTw ? FlowDirection.TW_TO_JP : FlowDirection.JP_TO_TW;
    }

    public double share(FlowDirection direction) {
        if (activities == 0) {
            return 0;
        }
        long count = switch (direction) {
            case JP_TO_TW -> jpToTw;
            case TW_TO_JP -> twToJp;
            case MUTUAL -> mutual;
        };
        return (double) count / activities;
    }

    private static Double share(long count, long total) {
        return total == 0 ? null
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 3, RoundingMode.HALF_EVEN).doubleValue();
    }
}
