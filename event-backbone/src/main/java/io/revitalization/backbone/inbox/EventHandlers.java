package io.revitalization.backbone.inbox;

import io.revitalization.events.EventType;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a consumer does with each event type it cares about; other types are acknowledged and skipped. A handler
 * registered with {@link Builder#on} gets one event at a time; one registered with {@link Builder#together} gets
 * the consecutive events of its types in a poll as one list, in their order, so it can apply them set-based.
 */
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

    /**
     * The handler of a type. Consecutive events whose registrations share a {@code run} handler are handed to it
     * together; {@code alone} says the handler takes one event at a time (then each event is a run of its own).
     */
    record Registration<T>(EventType<T> type, Consumer<List<ReceivedEvent<T>>> run, boolean alone) {
        boolean handlesWith(Registration<?> other) {
            return !alone && (Object) run == other.run;
        }

        @SuppressWarnings("unchecked")
        void handle(List<ReceivedEvent<?>> events) {
            run.accept(events.stream().map(event -> (ReceivedEvent<T>) event).toList());
        }
    }

    public static final class Builder {
        private final Map<String, Registration<?>> byType = new HashMap<>();

        public <T> Builder on(EventType<T> type, Consumer<ReceivedEvent<T>> handler) {
            byType.put(type.name(), new Registration<>(type, events -> events.forEach(handler), true));
            return this;
        }

        /** One handler for the consecutive events of these types in a poll, in their order. */
        public <T> Builder together(Collection<EventType<T>> types, Consumer<List<ReceivedEvent<T>>> handler) {
            types.forEach(type -> byType.put(type.name(), new Registration<>(type, handler, false)));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
