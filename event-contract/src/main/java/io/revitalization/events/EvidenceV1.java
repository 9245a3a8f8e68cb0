package io.revitalization.events;

/** The evidence behind a claim: where it comes from, where in it, and the words. */
public record EvidenceV1(String source, String locator, String quote, String url) {
}
