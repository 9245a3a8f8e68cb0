package io.revitalization.gateway.edge.streams;

import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.support.streams.StreamCaps;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The caps on the change streams this gateway instance serves ({@code gateway.change-streams.per-caller},
 * {@code per-address}, {@code total}), counted by service-support's {@link StreamCaps}.
 */
public class StreamCapsProducer {

    @Produces
    @Singleton
    StreamCaps streamCaps(GatewayConfig config) {
        return of(config.changeStreams());
    }

    static StreamCaps of(GatewayConfig.ChangeStreams config) {
        return new StreamCaps("change streams",
                new StreamCaps.Limits(config.perCaller(), config.perAddress(), config.total()));
    }
}
