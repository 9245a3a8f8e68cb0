package io.revitalization.backbone.consistency;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The write an HTTP request makes: one id for all its transactions (a bulk import commits in chunks), and the
 * events its committed transactions published per topic, which become its response's consistency token.
 */
@RequestScoped
public class RequestWrite {
    private final UUID id = UUID.randomUUID();
    private final Map<String, Integer> committed = new HashMap<>();

    UUID id() {
        return id;
    }

    synchronized void committed(Map<String, Integer> events) {
        events.forEach((topic, count) -> committed.merge(topic, count, Integer::sum));
    }

    synchronized Optional<ConsistencyToken> token() {
        return committed.isEmpty() ? Optional.empty() : Optional.of(ConsistencyToken.of(id, committed));
    }
}
