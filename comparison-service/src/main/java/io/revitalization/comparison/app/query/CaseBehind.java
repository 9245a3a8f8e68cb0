package io.revitalization.comparison.app.query;

/** A case behind a figure; the slug is null for cases that have none. */
public record CaseBehind(String id, String slug) {
}
