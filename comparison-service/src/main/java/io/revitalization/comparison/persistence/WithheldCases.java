package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.CaseTextScope;

/**
 * {@link CaseTextScope} as SQL: conditions that leave out the sensitive cases a reader may not read, and the quote of a
 * coding {@code c} as the reader may see it. The reader's institution is a UUID, written as a literal.
 */
final class WithheldCases {
    private WithheldCases() {
    }

    /** {@code AND} a condition that {@code caseId} is not a sensitive case the reader may not read; empty if none. */
    static String listedOnly(CaseTextScope reader, String caseId) {
        return reader.all() ? "" : " AND NOT EXISTS (SELECT 1 FROM case_projection hidden WHERE hidden.id = " + caseId
                + " AND hidden.sensitive" + notOwn(reader) + ") ";
    }

    /** The quote of coding {@code c}, null when its case's text is withheld from the reader. */
    static String quoteOf(CaseTextScope reader) {
        return reader.all() ? "c.evidence_quote" : "CASE WHEN NOT EXISTS (SELECT 1 FROM case_projection hidden "
                + "WHERE hidden.id = c.case_id AND (hidden.sensitive OR hidden.sensitive_passages @> jsonb_build_array("
                + "jsonb_build_object('source', c.evidence_source, 'locator', c.evidence_locator)))" + notOwn(reader)
                + ") THEN c.evidence_quote END";
    }

    private static String notOwn(CaseTextScope reader) {
        return reader.ownInstitution()
                .map(own -> " AND hidden.lead_institution_id IS DISTINCT FROM '" + own + "'::uuid").orElse("");
    }
}
