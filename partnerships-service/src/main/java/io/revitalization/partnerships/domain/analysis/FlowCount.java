package io.revitalization.partnerships.domain.analysis;

import io.revitalization.partnerships.domain.FlowDirection;

import java.util.UUID;

/** How many activities of one partnership flowed one way in one year. */
public record FlowCount(UUID partnershipId, Integer year, FlowDirection direction, Long count) {
}
