package io.revitalization.support.idempotency;

import io.revitalization.support.security.Caller;
import io.revitalization.support.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentRequestsTest {

    @Test
    void runsTheActionUnderTheKeyOfTheCallerAndOperation() {
        List<String> seen = new ArrayList<>();
        IdempotencyKeys keys = new IdempotencyKeys(null) {
            @Override
            public Response execute(String key, Caller caller, String operation, Object body, Supplier<Response> action) {
                seen.add(key + "|" + caller.subject() + "|" + operation + "|" + body);
                return action.get();
            }
        };
        Caller caller = new Caller("key-1", Role.PARTNER, Optional.empty());

        Response response = new IdempotentRequests(keys).run("k", caller, "POST /api/v1/cases", "{}",
                () -> Response.status(201).build());

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(seen).containsExactly("k|key-1|POST /api/v1/cases|{}");
    }

    @Test
    void ownsItsTransactionJoiningAnOpenOne() throws NoSuchMethodException {
        assertThat(IdempotentRequests.class.isAnnotationPresent(ApplicationScoped.class)).isTrue();
        Transactional transactional = IdempotentRequests.class.getMethod("run", String.class, Caller.class,
                String.class, Object.class, Supplier.class).getAnnotation(Transactional.class);
        assertThat(transactional).isNotNull();
        assertThat(transactional.value()).isEqualTo(Transactional.TxType.REQUIRED);
    }
}
