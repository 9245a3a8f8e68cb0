package io.revitalization.partnerships.events;

import io.revitalization.backbone.outbox.Outbox;
import io.revitalization.events.EventTypes;
import io.revitalization.partnerships.app.PartnershipEvents;
import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.partnerships.domain.PartnershipUpdate;
import io.revitalization.partnerships.domain.PhaseChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Puts the announcements of the use cases into the outbox, as payloads of {@code revit.partnerships.v1}. */
@ApplicationScoped
public class PartnershipEventPublisher implements PartnershipEvents {
    private static final String POSTED = "POSTED";
    private static final String CORRECTED = "CORRECTED";
    private static final String WITHDRAWN = "WITHDRAWN";

    private final Outbox outbox;

    public PartnershipEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void created(Partnership partnership) {
        outbox.publish(EventTypes.PARTNERSHIP_CREATED, partnership.id, subject(partnership.id),
                EventMapper.partnership(partnership));
    }

    @Override
    public void changed(Partnership partnership) {
        outbox.publish(EventTypes.PARTNERSHIP_UPDATED, partnership.id, subject(partnership.id),
                EventMapper.partnership(partnership));
    }

    @Override
    public void phaseChanged(PhaseChange change, long partnershipVersion) {
        outbox.publish(EventTypes.PARTNERSHIP_PHASE_CHANGED, change.partnershipId, subject(change.partnershipId),
                EventMapper.phaseChanged(change, partnershipVersion));
    }

    @Override
    public void updatePosted(PartnershipUpdate update) {
        publish(update, POSTED);
    }

    @Override
    public void updateCorrected(PartnershipUpdate update) {
        publish(update, CORRECTED);
    }

    @Override
    public void updateWithdrawn(PartnershipUpdate update) {
        publish(update, WITHDRAWN);
    }

    private void publish(PartnershipUpdate update, String status) {
        outbox.publish(EventTypes.PARTNERSHIP_UPDATE_POSTED, update.partnershipId,
                subject(update.partnershipId) + "/updates/" + update.id, EventMapper.update(update, status));
    }

    private static String subject(UUID partnershipId) {
        return "partnerships/" + partnershipId;
    }
}
