package io.revitalization.partnerships.domain;

import java.util.UUID;

/** The filters of the partnership list; {@code null} means "any". */
public record PartnershipFilter(String country, UUID institutionId, PartnershipKind kind, String theme, Phase phase,
                                AgreementStatus status, Integer year) {
}
