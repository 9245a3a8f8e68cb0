package io.revitalization.comparison.app.change;

/** A result and the data version it was computed from. */
public record Versioned<T>(long dataVersion, T result) {
}
