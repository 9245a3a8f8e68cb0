package io.revitalization.backbone.deadletter;

import java.util.Locale;
import java.util.Optional;

/** Where a dead letter stands: waiting for an operator, applied by a replay, or discarded with a reason. */
public enum DeadLetterState {
    WAITING, REPLAYED, DISCARDED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeadLetterState> fromValue(String value) {
        for (DeadLetterState state : values()) {
            if (state.value().equals(value)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
