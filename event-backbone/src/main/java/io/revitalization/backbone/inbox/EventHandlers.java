package io.revitalization.backbone.inbox;

import io.revitalization.events.EventType;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** What a consumer does with each event type it cares about; other types are acknowledged and skipped. */
public final class EventHandlers {
    private final Map<String, Registration<?>> byType;

    private EventHandlers(Map<String, Registration<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Registration<?>> forType(String typeName) {
        return Optional.ofNullable(byType.get(typeName));
    }

    record Registration<T>(EventType<T> type, Consumer<ReceivedEvent<T>> handler) {
        void handle(ReceivedEvent<?> event) {
            handler.accept(type.payloadType().isInstance(event.payload()) ? cast(event) : null);
        }

        @SuppressWarnings("unchecked")
        private ReceivedEvent<T> cast(ReceivedEvent<?> event) {
            return (ReceivedEvent<T>) event;
        }
    }

    public static final class Builder {
        private final Map<String, Registration<?>> byType = new HashMap<>();

        public <T> Builder on(EventType<T> type, Consumer<ReceivedEvent<T>> handler) {
            byType.put(type.name(), new Registration<>(type, handler));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
