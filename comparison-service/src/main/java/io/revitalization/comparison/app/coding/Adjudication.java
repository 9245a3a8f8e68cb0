package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.domain.Evidence;

import java.util.List;
import java.util.UUID;

/**
 * The codes a team settled a unit on, and the coders' codings of that unit it settles (they name the unit).
 */
public record Adjudication(List<UUID> settles, List<String> codes, Double confidence, Evidence evidence,
                           String note) {
}
