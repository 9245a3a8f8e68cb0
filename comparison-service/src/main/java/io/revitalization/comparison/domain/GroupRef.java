package io.revitalization.comparison.domain;

/** One group of one grouping, e.g. country JP or program MOE-USR (institutions by id). */
public record GroupRef(Grouping grouping, String key) {
}
