package io.revitalization.support.http;

import io.revitalization.support.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;

/** Strong ETags from a resource's version, and the {@code If-Match} guard of writes. */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Fails with 412 when the request carries an {@code If-Match} that does not name the current version. A
     * write without {@code If-Match} is accepted (last writer wins), as documented in the API.
     */
    public static void requireCurrent(Request request, long currentVersion) {
        if (request.evaluatePreconditions(of(currentVersion)) != null) {
            throw ProblemException.preconditionFailed("the resource has changed since you read it (it is now at "
                    + "version " + currentVersion + "); read it again and retry with its new ETag");
        }
    }
}
