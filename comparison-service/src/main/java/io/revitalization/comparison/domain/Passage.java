package io.revitalization.comparison.domain;

/** A place in a source: the source and where in it. */
public record Passage(String source, String locator) {
}
