package io.revitalization.support.changes;

import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How an instance learns of the changes other instances commit ({@code <service>.changes.*}, {@link ChangePoll}). */
public interface ChangePollSettings {
    /**
     * How often an instance with an open change stream reads the shared data version, to announce changes other
     * instances committed: about the longest such a change takes to reach this instance's streams.
     */
    @WithDefault("250ms")
    Duration pollInterval();
}
