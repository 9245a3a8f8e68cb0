package io.revitalization.partnerships.domain;

/** Where a claim comes from: the source, where in it (section, page), the words, and a link if any. */
public record Evidence(String source, String locator, String quote, String url) {
}
