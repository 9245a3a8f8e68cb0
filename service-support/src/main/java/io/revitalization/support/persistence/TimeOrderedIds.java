package io.revitalization.support.persistence;

import org.hibernate.id.uuid.UuidVersion7Strategy;

import java.util.UUID;

/**
 * New row ids as version 7 UUIDs (RFC 9562): time first, so that rows made one after another sit side by side in
 * every index that leads with the id. A random (version 4) id puts each new row on a random page of every such
 * index, and of every index that has the id after a few shared leading columns (a tally's cases, a case's history).
 * Hibernate ORM's generator: monotonic within the process, the session it takes unused.
 */
public final class TimeOrderedIds {
    private TimeOrderedIds() {
    }

    public static UUID next() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }
}
