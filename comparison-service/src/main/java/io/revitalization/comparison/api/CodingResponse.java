package io.revitalization.comparison.api;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.Evidence;
import io.revitalization.comparison.app.query.CodebookRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A stored coding, as the reader may see it. */
public record CodingResponse(UUID id, CodebookRef codebook, UUID caseId, String caseSlug, int year, String dimension,
                             List<String> codes, String coder, Double confidence, Evidence evidence, String note,
                             @Schema(description = "what is withheld from this reader: evidence and note of a "
                                     + "sensitive case's codings (and of codings citing a sensitive testimony) for "
                                     + "readers other than curators, admins and the case's lead institution")
                             List<String> withheld,
                             @Schema(description = "the author: its API key's label (null for codings recorded "
                                     + "before authors were named)") String createdBy,
                             @Schema(description = "the author's institution, if its key has one")
                             UUID createdByInstitution,
                             @Schema(description = "the author's API key id; for admins only (null for others)")
                             String createdByKey,
                             OffsetDateTime createdAt,
                             @Schema(description = "for an adjudicated coding (coder 'adjudicated'), the codings it "
                                     + "settles; its createdBy and createdAt say who adjudicated and when; null for "
                                     + "a coder's coding") List<UUID> settles) {
    static final List<String> WITHHELD = List.of("evidence", "note");

    /**
     * @param showsText whether the reader may see the coding's evidence and note
     * @param admin     whether the reader is an admin, who may see the author's key id
     */
    static CodingResponse of(CaseCoding coding, String codebookSlug, String caseSlug, boolean showsText,
                             boolean admin) {
        Evidence evidence = !showsText || coding.evidenceSource == null && coding.evidenceLocator == null
                && coding.evidenceQuote == null && coding.evidenceUrl == null ? null
                : new Evidence(coding.evidenceSource, coding.evidenceLocator, coding.evidenceQuote, coding.evidenceUrl);
        return new CodingResponse(coding.id, new CodebookRef(coding.codebookId, codebookSlug, coding.codebookVersion),
                coding.caseId, caseSlug, coding.year, coding.dimension, coding.codes, coding.coder, coding.confidence,
                evidence, showsText ? coding.note : null, showsText ? List.of() : WITHHELD, coding.createdByName,
                coding.createdByInstitution, admin ? coding.createdBy : null, coding.createdAt,
                coding.settles);
    }
}
