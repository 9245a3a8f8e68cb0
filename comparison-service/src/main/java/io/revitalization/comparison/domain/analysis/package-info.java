/**
 * The comparison engine's statistics: pure functions over immutable records, no framework.
 *
 * <p>Flow: {@link io.revitalization.comparison.domain.analysis.Coding}s (one coder, one case, one year, one dimension)
 * are resolved by a {@link io.revitalization.comparison.domain.analysis.CoderSelection} into
 * {@link io.revitalization.comparison.domain.analysis.CodedUnit}s; those feed
 * {@link io.revitalization.comparison.domain.analysis.Distribution}, {@link io.revitalization.comparison.domain.analysis.GroupComparison}
 * (Jensen–Shannon distance, ordinal mean and median differences, bootstrap intervals per year),
 * {@link io.revitalization.comparison.domain.analysis.Trend} and {@link io.revitalization.comparison.domain.analysis.OverviewTable}.
 * Reliability works on the raw codings or on counts of them kept elsewhere
 * ({@link io.revitalization.comparison.domain.analysis.CoincidenceCount}, {@code PercentAgreement.Shared}):
 * {@link io.revitalization.comparison.domain.analysis.KrippendorffAlpha} and
 * {@link io.revitalization.comparison.domain.analysis.PercentAgreement}. {@link io.revitalization.comparison.domain.analysis.TruthTable}
 * is a crisp-set QCA truth table.
 *
 * <p>Errors: input that cannot be right (blank ids, unknown codes, several codes on a single-valued scale, negative
 * or zero weights, a coder coding one unit twice, empty distributions handed to a distance) throws
 * {@link java.lang.IllegalArgumentException} with a message meant for the caller.
 * Too little data is not an error: {@link io.revitalization.comparison.domain.analysis.GroupComparison} flags years with
 * fewer cases than {@link io.revitalization.comparison.domain.analysis.MinimumSample} as {@code insufficient} (and leaves
 * estimates {@code null} when a group has no case at all), {@link io.revitalization.comparison.domain.analysis.Trend}
 * answers {@code INSUFFICIENT_DATA}, Krippendorff's alpha and percent agreement answer {@code null} when undefined,
 * and {@link io.revitalization.comparison.domain.analysis.CoderSelection} reports the units it could not resolve.
 * Undefined numbers are {@code null}, never NaN, so that every result serialises to valid JSON.
 */
package io.revitalization.comparison.domain.analysis;
