package io.revitalization.support.evidence;

/**
 * Evidence behind a claim as a request gives it: the source, where in it, its words, a link. Each service's evidence
 * request record implements this with the size bounds its API documents (they differ between services).
 */
public interface EvidenceInput {
    String source();

    String locator();

    String quote();

    String url();
}
