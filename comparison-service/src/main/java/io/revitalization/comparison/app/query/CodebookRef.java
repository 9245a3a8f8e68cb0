package io.revitalization.comparison.app.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * A codebook version a result was computed under.
 *
 * @param chosenBy {@code request} when the request named the codebook, {@code default} when it did not and the
 *                 configured default codebook was used
 */
public record CodebookRef(UUID id, String slug, int version,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String chosenBy) {
    public static final String BY_REQUEST = "request";
    public static final String BY_DEFAULT = "default";

    /** A reference outside a comparison read (a coding, the summary), where nothing was chosen. */
    public CodebookRef(UUID id, String slug, int version) {
        this(id, slug, version, null);
    }
}
