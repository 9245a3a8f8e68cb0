package io.revitalization.cases.domain.calendar;

/**
 * A typed year shown in every year system, for API responses. {@code roc} and {@code japaneseEra} are null
 * where that system has no notation for the year (see {@link YearFormatter}).
 */
public record DisplayYear(String gregorian, String roc, String japaneseEra, YearKind kind) {

    public static DisplayYear of(TypedYear year) {
        return new DisplayYear(
                YearFormatter.format(year, YearSystem.GREGORIAN).orElseThrow(),
                YearFormatter.format(year, YearSystem.ROC).orElse(null),
                YearFormatter.format(year, YearSystem.JAPANESE_ERA).orElse(null),
                year.kind());
    }
}
