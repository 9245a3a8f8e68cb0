package io.revitalization.comparison.domain;

/** The passage a definition or coding rests on: the source, where in it, the words, and a link if any. */
public record Evidence(String source, String locator, String quote, String url) {
}
