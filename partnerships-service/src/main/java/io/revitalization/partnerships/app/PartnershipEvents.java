package io.revitalization.partnerships.app;

import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.partnerships.domain.PartnershipUpdate;
import io.revitalization.partnerships.domain.PhaseChange;

/**
 * What the use cases announce on {@code revit.partnerships.v1}. Each call joins the use case's transaction, so an
 * announcement is sent exactly when the change it announces commits.
 */
public interface PartnershipEvents {

    void created(Partnership partnership);

    /** Edited or deleted; the partnership carries the version the change produced. */
    void changed(Partnership partnership);

    void phaseChanged(PhaseChange change, long partnershipVersion);

    void updatePosted(PartnershipUpdate update);

    void updateCorrected(PartnershipUpdate update);

    void updateWithdrawn(PartnershipUpdate update);
}
