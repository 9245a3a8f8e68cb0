package io.revitalization.comparison.app.readmodel;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A partnership moved from one phase to another, as of its {@code version}: a step of its phase history
 * ({@code sequence} null in events written before they carried it, {@code at} null when the source does not date it).
 */
public record PhaseChange(UUID partnershipId, long version, Integer sequence, String from, String to, LocalDate at) {
}
