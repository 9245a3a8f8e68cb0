package io.revitalization.cases.app;

import java.util.List;
import java.util.function.Function;

/**
 * A list mapped over the common fork-join pool and the calling thread, for the CPU work of a bulk import (binding
 * and validating records, assembling and indexing them). The pool's threads get the caller's context class loader:
 * Quarkus loads the application's resources (validation messages among them) through it.
 */
public final class InParallel {
    private InParallel() {
    }

    /** The results in the order of the items; {@code function} must not touch the transaction's session. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> function) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return items.parallelStream().map(item -> {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return function.apply(item);
            } finally {
                thread.setContextClassLoader(before);
            }
        }).toList();
    }
}
