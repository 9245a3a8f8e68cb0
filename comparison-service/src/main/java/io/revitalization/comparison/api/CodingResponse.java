package io.revitalization.comparison.api;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.Evidence;
import io.revitalization.comparison.app.query.CodebookRef;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A stored coding. */
public record CodingResponse(UUID id, CodebookRef codebook, UUID caseId, String caseSlug, int year, String dimension,
                             List<String> codes, String coder, Double confidence, Evidence evidence, String note,
                             String createdBy, OffsetDateTime createdAt) {

    static CodingResponse of(CaseCoding coding, String codebookSlug, String caseSlug) {
        Evidence evidence = coding.evidenceSource == null && coding.evidenceLocator == null
                && coding.evidenceQuote == null ? null
                : new Evidence(coding.evidenceSource, coding.evidenceLocator, coding.evidenceQuote, null);
        return new CodingResponse(coding.id, new CodebookRef(coding.codebookId, codebookSlug, coding.codebookVersion),
                coding.caseId, caseSlug, coding.year, coding.dimension, coding.codes, coding.coder, coding.confidence,
                evidence, coding.note, coding.createdBy, coding.createdAt);
    }
}
