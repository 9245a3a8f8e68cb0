package io.revitalization.cases.app;

import io.revitalization.support.evidence.EvidenceInput;

/** The evidence behind a claim, as a writer submits it; its link is checked before it is stored. */
public record EvidenceDraft(String source, String locator, String quote, String url, String supports)
        implements EvidenceInput {
}
