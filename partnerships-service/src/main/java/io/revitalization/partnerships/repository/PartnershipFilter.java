package io.revitalization.partnerships.repository;

import io.revitalization.partnerships.domain.AgreementStatus;
import io.revitalization.partnerships.domain.PartnershipKind;
import io.revitalization.partnerships.domain.Phase;

import java.util.UUID;

/** The filters of the partnership list; {@code null} means "any". */
public record PartnershipFilter(String country, UUID institutionId, PartnershipKind kind, String theme, Phase phase,
                                AgreementStatus status, Integer year) {
}
