package io.revitalization.comparison.app.query;

/** A group of a result, labelled for display. */
public record GroupLabel(String key, String label) {
}
