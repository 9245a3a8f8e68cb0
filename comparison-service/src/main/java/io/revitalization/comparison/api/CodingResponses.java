package io.revitalization.comparison.api;

import io.revitalization.comparison.app.coding.CodebookService;
import io.revitalization.comparison.app.coding.CodingService;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.CaseProjection;
import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.comparison.domain.Passage;
import io.revitalization.support.security.Caller;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Codings as one reader may see them; slugs and cases are looked up once per response (or export). */
final class CodingResponses {
    private final CodingService codings;
    private final CodebookService codebooks;
    private final Map<UUID, String> codebookSlugs = new HashMap<>();
    private final Map<UUID, Optional<CaseProjection>> cases = new HashMap<>();
    private final CaseTextScope texts;
    private final boolean admin;

    CodingResponses(CodingService codings, CodebookService codebooks, Caller reader) {
        this.codings = codings;
        this.codebooks = codebooks;
        this.texts = CaseTexts.scopeOf(reader);
        this.admin = reader.isAdmin();
    }

    CodingResponse of(CaseCoding coding) {
        Optional<CaseProjection> caseProjection = cases.computeIfAbsent(coding.caseId, codings::caseById);
        boolean showsText = caseProjection.map(found -> texts.shows(found,
                new Passage(coding.evidenceSource, coding.evidenceLocator))).orElse(false);
        return CodingResponse.of(coding, codebookSlugs.computeIfAbsent(coding.codebookId, id -> codebooks
                        .find(id.toString()).map(codebook -> codebook.slug).orElse(null)),
                caseProjection.map(found -> found.slug).orElse(null), showsText, admin);
    }
}
