package io.revitalization.comparison.app.change;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one committed transaction changed, as announced on the change stream: the new data version, the codebooks
 * and dimensions whose comparisons may now read differently, the groupings whose group membership changed, and the
 * comparison endpoints affected.
 */
public record AnnouncedChange(long dataVersion, List<String> codebooks, List<String> dimensions,
                               List<String> groupings, List<String> comparisons, OffsetDateTime at) {
}
