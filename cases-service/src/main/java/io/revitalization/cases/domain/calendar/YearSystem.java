package io.revitalization.cases.domain.calendar;

/** The ways of numbering years that users write and read. */
public enum YearSystem {
    /** 2022, FY2022 (Japanese fiscal year), AY2022 (Taiwanese academic year). */
    GREGORIAN,
    /** Taiwan's Republic of China years: 民國111年, 111學年度. */
    ROC,
    /** Japanese eras: 令和4年, 令和4年度. */
    JAPANESE_ERA
}
