package io.revitalization.partnerships.app.change;

import io.revitalization.partnerships.app.PartnershipEvents;
import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.partnerships.domain.PartnershipUpdate;
import io.revitalization.partnerships.domain.PhaseChange;
import io.revitalization.partnerships.persistence.PartnershipRepository;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Every change the use cases announce as an event is a change of the data, so the change stream hears of exactly
 * the changes the events tell: this decorator of the event port records each in the same transaction.
 */
@Decorator
@Priority(10)
public abstract class ChangeRecorder implements PartnershipEvents {
    @Inject
    @Delegate
    PartnershipEvents events;
    @Inject
    PartnershipChanges changes;
    @Inject
    PartnershipRepository partnerships;

    @Override
    public void created(Partnership partnership) {
        events.created(partnership);
        changes.touched(partnership.isPublic, ReadNames.OF_PARTNERSHIP);
    }

    @Override
    public void changed(Partnership partnership) {
        events.changed(partnership);
        // made private by this change or not, it touches every read
        changes.touched(false, ReadNames.OF_PARTNERSHIP);
    }

    @Override
    public void phaseChanged(PhaseChange change, long partnershipVersion) {
        events.phaseChanged(change, partnershipVersion);
        changes.touched(isPublic(change.partnershipId), ReadNames.OF_PHASE);
    }

    @Override
    public void updatePosted(PartnershipUpdate update) {
        events.updatePosted(update);
        changes.touched(isPublic(update.partnershipId), ReadNames.OF_UPDATE);
    }

    @Override
    public void updateCorrected(PartnershipUpdate update) {
        events.updateCorrected(update);
        changes.touched(isPublic(update.partnershipId), ReadNames.OF_UPDATE);
    }

    @Override
    public void updateWithdrawn(PartnershipUpdate update) {
        events.updateWithdrawn(update);
        changes.touched(isPublic(update.partnershipId), ReadNames.OF_UPDATE);
    }

    private boolean isPublic(UUID partnershipId) {
        Partnership partnership = partnerships.findById(partnershipId);
        return partnership != null && partnership.isPublic;
    }
}
