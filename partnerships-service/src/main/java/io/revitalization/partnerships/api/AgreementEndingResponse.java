package io.revitalization.partnerships.api;

import java.util.UUID;

/** A partnership whose agreement ends soon. */
public record AgreementEndingResponse(UUID partnershipId, String partnershipSlug, String displayTitle,
                                      PartnershipResponse.AgreementResponse agreement, long daysLeft) {
}
