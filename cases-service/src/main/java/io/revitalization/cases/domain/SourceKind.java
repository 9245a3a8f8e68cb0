package io.revitalization.cases.domain;

/** What a source is; each maps to a CSL item type and a BibTeX entry type in citation exports. */
public enum SourceKind {
    /** An unpublished text, such as the seed's source text. */
    TEXT,
    /** A report, such as a ministry's. */
    REPORT,
    WEB_PAGE,
    ARTICLE,
    BOOK,
    DATASET,
    INTERVIEW
}
