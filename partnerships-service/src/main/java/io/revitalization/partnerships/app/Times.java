package io.revitalization.partnerships.app;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Now, at the precision PostgreSQL stores, so that cursors built from memory match the stored rows. */
final class Times {
    private Times() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
