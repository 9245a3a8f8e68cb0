package io.revitalization.backbone.deadletter;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A dead letter as the admin API shows it. */
public record DeadLetterResponse(UUID id, String consumer, String topic, int partition, long offset, String key,
                                 String eventId, String eventType, String eventTime, String reason,
                                 OffsetDateTime deadLetteredAt, String payload, Map<String, String> headers,
                                 String state, int replays, OffsetDateTime settledAt, String settledBy,
                                 String discardReason) {

    static DeadLetterResponse of(DeadLetter letter) {
        return new DeadLetterResponse(letter.id, letter.consumer, letter.topic, letter.partition, letter.offset,
                letter.key, letter.eventId, letter.eventType, letter.eventTime, letter.reason, letter.deadLetteredAt,
                letter.payload, letter.headers, letter.state, letter.replays, letter.settledAt, letter.settledBy,
                letter.discardReason);
    }
}
