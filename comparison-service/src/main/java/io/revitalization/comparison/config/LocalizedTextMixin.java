package io.revitalization.comparison.config;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Keeps {@code LocalizedText.isEmpty()} out of JSON: without it Jackson writes an {@code "empty"} property next to
 * the languages, which no client should see and which the strict reader refuses when it comes back.
 */
abstract class LocalizedTextMixin {
    @JsonIgnore
    abstract boolean isEmpty();
}
