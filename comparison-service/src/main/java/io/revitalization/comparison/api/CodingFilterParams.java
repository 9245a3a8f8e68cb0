package io.revitalization.comparison.api;

import io.revitalization.support.http.ConsistencyTokens;
import io.revitalization.comparison.app.coding.CodebookService;
import io.revitalization.comparison.app.coding.CodingListing;
import io.revitalization.comparison.app.coding.CodingService;
import io.revitalization.support.problem.ProblemException;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** The filters of the codings list and export; an absent one does not filter. */
public class CodingFilterParams {
    @QueryParam("codebook")
    String codebook;
    @QueryParam("codebookVersion")
    String codebookVersion;
    @QueryParam("case")
    String caseRef;
    @QueryParam("dimension")
    String dimension;
    @QueryParam("year")
    String year;
    @QueryParam("coder")
    String coder;

    /** 400 naming the filter for an unknown codebook or case, or a version or year that is no whole number. */
    CodingListing toListing(CodingService codings, CodebookService codebooks) {
        UUID codebookId = codebook == null ? null : codebooks.find(codebook).map(found -> found.id)
                .orElseThrow(() -> ProblemException.invalid("codebook", "no codebook '" + codebook + "'"));
        UUID caseId = caseRef == null ? null : codings.liveCase(caseRef).map(found -> found.id)
                .orElseThrow(() -> ProblemException.invalid("case", "no case '" + caseRef + "' is known"
                        + ConsistencyTokens.mayBeOnItsWay("a case")));
        return new CodingListing(codebookId, wholeNumber("codebookVersion", codebookVersion), caseId, dimension,
                wholeNumber("year", year), coder);
    }

    private static Integer wholeNumber(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a whole number");
        }
    }
}
