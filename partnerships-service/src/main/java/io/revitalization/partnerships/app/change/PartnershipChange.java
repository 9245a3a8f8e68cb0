package io.revitalization.partnerships.app.change;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one committed transaction changed, as the change stream announces it: the new data version and the reads
 * that may now answer differently ({@link ReadNames}). It never names a partnership, an institution or any content,
 * so anonymous readers may follow it whatever private partnerships changed.
 */
public record PartnershipChange(long dataVersion, List<String> reads, OffsetDateTime at) {
}
