package io.revitalization.comparison.api;

import io.revitalization.comparison.domain.Evidence;
import io.revitalization.support.text.TextLength;

/** The passage a claim rests on. */
public record EvidenceRequest(@TextLength(max = 200) String source, @TextLength(max = 200) String locator,
                              @TextLength(max = 2000) String quote, @TextLength(max = 500) String url) {

    public Evidence toEvidence() {
        return new Evidence(source, locator, quote, url);
    }
}
