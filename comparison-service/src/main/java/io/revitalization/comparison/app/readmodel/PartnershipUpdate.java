package io.revitalization.comparison.app.readmodel;

import java.util.List;
import java.util.UUID;

/** A partnership as partnerships-service last published it; {@code memberIds} each once. */
public record PartnershipUpdate(UUID id, String slug, long version, String phase, List<UUID> memberIds,
                                boolean deleted) {
}
