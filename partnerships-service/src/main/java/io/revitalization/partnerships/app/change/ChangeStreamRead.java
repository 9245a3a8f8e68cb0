package io.revitalization.partnerships.app.change;

import io.revitalization.partnerships.config.PartnershipsConfig;
import io.revitalization.support.changes.ChangeStreamGate;
import io.revitalization.support.changes.ChangeStreamGate.OpenChangeStream;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The change stream: where the data stands now, then every change as it is committed, under the caps of
 * {@code partnerships.change-streams.*}.
 */
@ApplicationScoped
public class ChangeStreamRead {
    private final PartnershipChanges changes;
    private final ChangeStreamGate gate;

    public ChangeStreamRead(PartnershipChanges changes, PartnershipsConfig config) {
        this.changes = changes;
        this.gate = new ChangeStreamGate(config.changeStreams());
    }

    /**
     * Opens a change stream for this caller from this address.
     *
     * @throws ProblemException 429 with {@code Retry-After} when a cap is reached
     */
    public OpenChangeStream<PartnershipChange> open(Caller caller, String address) {
        return gate.open(caller, address, changes.ready(), changes.announcer().changes());
    }
}
