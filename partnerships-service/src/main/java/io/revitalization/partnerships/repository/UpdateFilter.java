package io.revitalization.partnerships.repository;

import io.revitalization.partnerships.domain.FlowDirection;
import io.revitalization.partnerships.domain.UpdateKind;
import io.revitalization.partnerships.domain.UpdateStatus;

import java.util.UUID;

/** The filters of an updates feed; {@code null} means "any". */
public record UpdateFilter(UUID partnershipId, UUID authorInstitutionId, UpdateKind kind, FlowDirection direction,
                           UpdateStatus status, Integer year) {
}
