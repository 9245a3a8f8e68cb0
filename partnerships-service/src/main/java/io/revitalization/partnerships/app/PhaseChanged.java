package io.revitalization.partnerships.app;

import io.revitalization.partnerships.domain.PhaseChange;

/** A recorded phase change and the version of the partnership it produced (its new ETag). */
public record PhaseChanged(PhaseChange change, long partnershipVersion) {
}
