package io.revitalization.comparison.app.readmodel;

import java.util.List;
import java.util.UUID;

/**
 * A partnership as partnerships-service last published it; {@code memberIds} are its confirmed members, each once (a
 * member that has not consented yet is not one for comparisons).
 */
public record PartnershipUpdate(UUID id, String slug, long version, String phase, List<UUID> memberIds,
                                boolean deleted, boolean isPublic) {
}
