package io.revitalization.backbone.deadletter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revitalization.backbone.inbox.EventInbox;
import io.revitalization.backbone.inbox.InboxConsumer;
import io.revitalization.backbone.inbox.PoisonEventException;
import io.revitalization.backbone.inbox.ReplayOutcome;
import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an operator does with dead letters: replay one (or all waiting) through the consumer's inbox once the cause
 * is fixed, or discard one with a reason. A replay goes through {@link EventInbox} like a delivery from Kafka, so an
 * event the consumer has applied already stays applied once; a discarded dead letter is never replayed.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final int REPLAY_CHUNK = 100;

    private final DeadLetterStore store;
    private final EventInbox inbox;
    private final Instance<InboxConsumer> consumers;
    private final EntityManager entityManager;

    public DeadLetters(DeadLetterStore store, EventInbox inbox, Instance<InboxConsumer> consumers,
                       EntityManager entityManager) {
        this.store = store;
        this.inbox = inbox;
        this.consumers = consumers;
        this.entityManager = entityManager;
    }

    /** A replay's result: what the inbox did, and the dead letter afterwards. */
    public record Replayed(ReplayOutcome outcome, DeadLetter deadLetter) {
    }

    /** A dead letter its consumer refused again, with the new reason; it stays waiting. */
    public record Refused(UUID id, String reason) {
    }

    /** What replaying all waiting dead letters did. */
    public record ReplayedAll(List<Replayed> replayed, List<Refused> refused) {
    }

    /**
     * Applies the dead letter through its consumer's inbox. Refused again: the new reason is kept, it stays waiting,
     * and the answer is a 422 problem naming the reason.
     */
    public Replayed replay(UUID id, String by) {
        Attempt attempt = attempt(id, by);
        if (attempt.discarded()) {
            throw ProblemException.conflict("dead letter " + id + " was discarded (" + attempt.letter().discardReason
                    + ") and is never replayed");
        }
        if (attempt.outcome().isEmpty()) {
            throw ProblemException.unprocessable("the consumer refused the event again: " + attempt.letter().reason);
        }
        return new Replayed(attempt.outcome().get(), attempt.letter());
    }

    /** Replays every waiting dead letter (of one topic, or all), oldest first; those refused again stay waiting. */
    public ReplayedAll replayWaiting(Optional<String> topic, String by) {
        List<Replayed> replayed = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        long after = 0;
        List<DeadLetter> chunk;
        do {
            chunk = store.inState(DeadLetterState.WAITING, topic, after, REPLAY_CHUNK);
            for (DeadLetter waiting : chunk) {
                after = waiting.seq;
                Attempt attempt = attempt(waiting.id, by);
                if (attempt.outcome().isPresent()) {
                    replayed.add(new Replayed(attempt.outcome().get(), attempt.letter()));
                } else if (!attempt.discarded()) {
                    refused.add(new Refused(waiting.id, attempt.letter().reason));
                }
            }
        } while (chunk.size() == REPLAY_CHUNK);
        return new ReplayedAll(replayed, refused);
    }

    /** Discards a waiting dead letter for good, recording why and by whom. */
    public DeadLetter discard(UUID id, String reason, String by) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter letter = Optional.ofNullable(entityManager.find(DeadLetter.class, id,
                            LockModeType.PESSIMISTIC_WRITE))
                    .orElseThrow(() -> ProblemException.notFound("dead letter", id.toString()));
            if (letter.currentState() != DeadLetterState.WAITING) {
                throw ProblemException.conflict("dead letter " + id + " is " + letter.state
                        + ": only a waiting dead letter can be discarded");
            }
            letter.state = DeadLetterState.DISCARDED.value();
            letter.discardReason = reason;
            letter.settledAt = OffsetDateTime.now();
            letter.settledBy = by;
            LOG.infof("dead letter %s (%s %s of %s) discarded by %s: %s", id, letter.eventType, letter.eventId,
                    letter.topic, by, reason);
            return letter;
        });
    }

    /** One replay: its outcome (empty when refused again or discarded) and the dead letter afterwards. */
    private record Attempt(Optional<ReplayOutcome> outcome, DeadLetter letter, boolean discarded) {
    }

    /**
     * Replays the dead letter while holding its row, so a discard waits for the replay and is then refused (and a
     * discarded one is not replayed). The inbox applies the event in a transaction of its own, as for a delivery.
     */
    private Attempt attempt(UUID id, String by) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter letter = Optional.ofNullable(entityManager.find(DeadLetter.class, id,
                            LockModeType.PESSIMISTIC_WRITE))
                    .orElseThrow(() -> ProblemException.notFound("dead letter", id.toString()));
            if (letter.currentState() == DeadLetterState.DISCARDED) {
                return new Attempt(Optional.empty(), letter, true);
            }
            InboxConsumer consumer = consumer(letter.consumer);
            letter.replays++;
            try {
                ReplayOutcome outcome = inbox.replay(consumer.name(), DeadLetterStore.asReceived(letter),
                        consumer.handlers());
                letter.state = DeadLetterState.REPLAYED.value();
                letter.settledAt = OffsetDateTime.now();
                letter.settledBy = by;
                LOG.infof("dead letter %s (%s %s of %s) replayed by %s: %s", id, letter.eventType, letter.eventId,
                        letter.topic, by, outcome.value());
                return new Attempt(Optional.of(outcome), letter, false);
            } catch (PoisonEventException e) {
                letter.reason = e.getMessage();
                LOG.warnf("dead letter %s replayed by %s was refused again: %s", id, by, e.getMessage());
                return new Attempt(Optional.empty(), letter, false);
            }
        });
    }

    private InboxConsumer consumer(String name) {
        return consumers.stream().filter(consumer -> consumer.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.conflict("no consumer named " + name
                        + " runs in this service any more: the dead letter can only be discarded"));
    }
}
