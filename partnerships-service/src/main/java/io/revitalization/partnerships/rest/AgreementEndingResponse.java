package io.revitalization.partnerships.rest;

import java.util.UUID;

/** A partnership whose agreement ends soon. */
public record AgreementEndingResponse(UUID partnershipId, String partnershipSlug, String displayTitle,
                                      PartnershipResponse.AgreementResponse agreement, long daysLeft) {
}
