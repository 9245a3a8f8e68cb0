package io.revitalization.comparison.app.readmodel;

import java.util.UUID;

/** A partnership moved to another phase, as of its {@code version}. */
public record PhaseChange(UUID partnershipId, long version, String to) {
}
