package io.revitalization.backbone.deadletter;

/**
 * What a replay did: {@code applied} (now, once), {@code already-applied} (the consumer had the event: nothing
 * changed) or {@code ignored} (a type the consumer does not handle), and the dead letter afterwards.
 */
public record ReplayResponse(String outcome, DeadLetterResponse deadLetter) {

    static ReplayResponse of(DeadLetters.Replayed replayed) {
        return new ReplayResponse(replayed.outcome().value(), DeadLetterResponse.of(replayed.deadLetter()));
    }
}
