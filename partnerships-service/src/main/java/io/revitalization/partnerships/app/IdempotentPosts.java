package io.revitalization.partnerships.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * The one transaction of a POST under its {@code Idempotency-Key}: the key's record and the effect commit
 * together, so a retried request either replays the stored response or finds that nothing happened.
 */
@ApplicationScoped
public class IdempotentPosts {

    @Transactional
    public <T> T run(Supplier<T> post) {
        return post.get();
    }
}
