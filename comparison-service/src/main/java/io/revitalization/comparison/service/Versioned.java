package io.revitalization.comparison.service;

/** A result and the data version it was computed from. */
public record Versioned<T>(long dataVersion, T result) {
}
