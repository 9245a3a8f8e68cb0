package io.revitalization.comparison.api;

import io.revitalization.comparison.domain.Evidence;
import jakarta.validation.constraints.Size;

/** The passage a claim rests on. */
public record EvidenceRequest(@Size(max = 200) String source, @Size(max = 200) String locator,
                              @Size(max = 2000) String quote, @Size(max = 500) String url) {

    public Evidence toEvidence() {
        return new Evidence(source, locator, quote, url);
    }
}
