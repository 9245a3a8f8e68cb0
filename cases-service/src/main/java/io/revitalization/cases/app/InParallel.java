package io.revitalization.cases.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
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
        return map(items, function, Thread.currentThread().getContextClassLoader());
    }

    /**
     * {@link #map} begun now on the common pool, for the caller to join when it needs the results: the caller's
     * own work (a chunk's transaction, waiting on the database) goes on meanwhile.
     */
    public static <T, R> CompletableFuture<List<R>> mapLater(List<T> items, Function<T, R> function) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return CompletableFuture.supplyAsync(() -> map(items, function, loader));
    }

    private static <T, R> List<R> map(List<T> items, Function<T, R> function, ClassLoader loader) {
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
