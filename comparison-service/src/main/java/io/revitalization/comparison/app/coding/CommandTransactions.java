package io.revitalization.comparison.app.coding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/** One transaction around a command and the record of its Idempotency-Key, so that both commit or neither. */
@ApplicationScoped
public class CommandTransactions {
    @Transactional
    public <T> T run(Supplier<T> command) {
        return command.get();
    }
}
