package io.revitalization.cases.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * Runs work in one transaction (the caller's, or a new one), so that an idempotent POST stores its key, its
 * answer and its effect together or not at all.
 */
@ApplicationScoped
public class OneTransaction {
    @Transactional
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
