package io.revitalization.backbone.inbox;

/**
 * An event that can never be applied (unreadable, or contradicting the consumer's rules). It goes to the
 * dead-letter topic with this message as the reason, and the consumer moves on.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
