package io.revitalization.backbone.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "backbone")
public interface BackboneConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /cases-service}. */
    String source();

    Outbox outbox();

    Inbox inbox();

    interface Outbox {
        /**
         * How often the relay looks for unpublished rows besides being woken by each commit (the timer catches
         * rows left by a crash or by another instance). Read by the relay's {@code @Scheduled} expression.
         */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * The least time between the starts of two drains. Under a steady stream of single writes each commit would
         * otherwise cost a drain of its own (two transactions and a Kafka request for one row); waiting this long
         * after the last drain began lets the commits in between go as one batch. A commit after a quiet spell is
         * drained at once. {@code 0} drains after every commit.
         */
        @WithDefault("50ms")
        Duration minDrainInterval();

        /** Rows published per relay transaction (a bulk import's chunk is 500 rows). */
        @WithDefault("500")
        int batchSize();

        /** How long the relay waits for Kafka to acknowledge a batch before it retries later. */
        @WithDefault("15s")
        Duration sendTimeout();

        /** Published rows are kept this long for inspection, then deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Inbox {
        /** First pause before retrying an event whose effect failed for a passing reason (database down…). */
        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("10s")
        Duration maxBackoff();

        /**
         * How often the consumer groups' lag is read from the broker ({@code consumer_group_lag}). Read by the
         * {@code @Scheduled} expression of {@code ConsumerLag}.
         */
        @WithDefault("10s")
        Duration lagInterval();
    }
}
