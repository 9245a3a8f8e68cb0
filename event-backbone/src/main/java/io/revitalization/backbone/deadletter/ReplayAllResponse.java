package io.revitalization.backbone.deadletter;

import java.util.List;
import java.util.UUID;

/** What replaying every waiting dead letter did: each one replayed, and those the consumer refused again. */
public record ReplayAllResponse(List<ReplayResponse> replayed, List<RefusedAgain> refused) {

    /** A dead letter refused again: it stays waiting, with this reason. */
    public record RefusedAgain(UUID id, String reason) {
    }

    static ReplayAllResponse of(DeadLetters.ReplayedAll all) {
        return new ReplayAllResponse(all.replayed().stream().map(ReplayResponse::of).toList(),
                all.refused().stream().map(refused -> new RefusedAgain(refused.id(), refused.reason())).toList());
    }
}
