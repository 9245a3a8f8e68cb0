package io.revitalization.events;

/**
 * One versioned event type: its CloudEvents {@code type} (e.g. {@code case.updated.v1}), the topic it travels
 * on, and the record its JSON payload binds to.
 */
public record EventType<T>(String name, String topic, Class<T> payloadType) {

    @Override
    public String toString() {
        return name;
    }
}
