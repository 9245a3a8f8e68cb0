package io.revitalization.partnerships.service;

import io.revitalization.support.idempotency.IdempotencyKeys;
import io.revitalization.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * Runs a POST under its {@code Idempotency-Key} in one transaction with its effect, so a retried request either
 * replays the stored response or finds that nothing happened.
 */
@ApplicationScoped
public class IdempotentPosts {
    private final IdempotencyKeys keys;

    public IdempotentPosts(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Transactional
    public Response run(String idempotencyKey, Caller caller, String operation, Object body,
                        Supplier<Response> action) {
        return keys.execute(idempotencyKey, caller, operation, body, action);
    }
}
