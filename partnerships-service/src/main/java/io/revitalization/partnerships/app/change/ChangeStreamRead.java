package io.revitalization.partnerships.app.change;

import io.revitalization.partnerships.config.PartnershipsConfig;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.streams.StreamCaps;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * The change stream: where the data stands now, then every change as it is committed; at most so many open at once
 * per caller, per client address and in total ({@code partnerships.change-streams.*}), each for at most its maximum
 * age.
 */
@ApplicationScoped
public class ChangeStreamRead {
    private final PartnershipChanges changes;
    private final PartnershipsConfig.ChangeStreams config;
    private final StreamCaps caps;

    public ChangeStreamRead(PartnershipChanges changes, PartnershipsConfig config) {
        this.changes = changes;
        this.config = config.changeStreams();
        this.caps = new StreamCaps("change streams", new StreamCaps.Limits(this.config.perCaller(),
                this.config.perAddress(), this.config.total()));
    }

    /**
     * Opens a change stream for this caller from this address; its place under the caps is given back when it ends.
     *
     * @throws ProblemException 429 with {@code Retry-After} when a cap is reached
     */
    public OpenChangeStream open(Caller caller, String address) {
        PartnershipChange ready = changes.ready();
        StreamCaps.Admission place = caps.admit(caller.isAnonymous() ? null : caller.subject(), address);
        place.refusal().ifPresent(refusal -> {
            long retryAfter = ProblemException.retryAfterSeconds(config.refusedRetryAfter());
            throw ProblemException.tooMany("too-many-streams", "Too many change streams",
                    refusal.reason("this service", "your token's subject") + "; close one, or retry after "
                            + retryAfter + " s").withRetryAfter(config.refusedRetryAfter());
        });
        return new OpenChangeStream(ready, changes.announcer().changes(), StreamCaps.age(config.maxAge()),
                place::release);
    }

    /** An opened change stream: its {@code ready} event, the changes that follow, its age, what gives its place back. */
    public record OpenChangeStream(PartnershipChange ready, Multi<PartnershipChange> changes, Duration age,
                                   Runnable close) {
    }
}
