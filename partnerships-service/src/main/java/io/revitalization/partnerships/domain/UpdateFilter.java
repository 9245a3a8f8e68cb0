package io.revitalization.partnerships.domain;

import java.util.UUID;

/** The filters of an updates feed; {@code null} means "any". */
public record UpdateFilter(UUID partnershipId, UUID authorInstitutionId, UpdateKind kind, FlowDirection direction,
                           UpdateStatus status, Integer year) {
}
