package io.revitalization.backbone.inbox;

import io.revitalization.events.EventType;

import java.time.OffsetDateTime;

/** An event as a consumer sees it: CloudEvents attributes from the Kafka headers and the typed payload. */
public record ReceivedEvent<T>(String id, EventType<T> type, String source, OffsetDateTime time, String subject,
                               T payload) {
}
