package io.revitalization.support.idempotency;

import io.revitalization.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * The one way a POST runs under its {@code Idempotency-Key}: in one transaction with its effect (joining the
 * caller's when there is one), so a retried request either replays the stored response or finds that nothing
 * happened. An exception from the action rolls the effect and the key back together.
 */
@ApplicationScoped
public class IdempotentRequests {
    private final IdempotencyKeys keys;

    public IdempotentRequests(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /**
     * @param operation what the key is scoped to besides the caller, e.g. {@code "POST /api/v1/cases"}
     * @param body      the request as received; the same key with another body is refused with 422
     */
    @Transactional
    public Response run(String idempotencyKey, Caller caller, String operation, Object body,
                        Supplier<Response> action) {
        return keys.execute(idempotencyKey, caller, operation, body, action);
    }
}
