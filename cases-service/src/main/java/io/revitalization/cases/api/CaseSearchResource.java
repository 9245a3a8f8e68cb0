package io.revitalization.cases.api;

import io.revitalization.cases.app.CaseSearchService;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryValues;
import io.revitalization.support.security.CallerContext;
import io.revitalization.support.text.Characters;
import io.revitalization.support.web.AcceptLanguages;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/cases/search")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseSearchResource {
    private final CaseSearchService search;
    private final CaseFilters filters;
    private final CaseResponses responses;
    private final CallerContext callers;

    public CaseSearchResource(CaseSearchService search, CaseFilters filters, CaseResponses responses,
                              CallerContext callers) {
        this.search = search;
        this.filters = filters;
        this.responses = responses;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Search cases in Chinese, Japanese and English",
            description = "Matches titles, summaries, themes, region and institution names in all three languages. "
                    + "Traditional, simplified and Japanese forms match one another (關係人口 = 関係人口 = 关系人口; "
                    + "臺灣 = 台湾); full-width and half-width forms and letter case do not matter. Every term must "
                    + "occur (terms are separated by spaces or punctuation; a run of CJK text is one term). Results "
                    + "are ranked, best first, and say which fields matched. Filters as for the list.")
    @APIResponse(responseCode = "200", description = "Ranked hits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class),
                    examples = @ExampleObject(name = "烏金", ref = "caseSearchPage")))
    @APIResponse(responseCode = "400", description = "q is missing, blank or too long; or a filter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response search(@Parameter(description = "The query, ≤ 200 characters, ≤ 10 terms", example = "関係人口", required = true)
                           @QueryParam("q") String query,
                           @BeanParam CaseFilterParams filter,
                           @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                           @Context UriInfo uri, @Context HttpHeaders headers) {
        if (query == null || query.isBlank()) {
            throw ProblemException.invalid("q", "is required");
        }
        if (Characters.count(query) > Limits.SEARCH_QUERY) {
            throw ProblemException.invalid("q", "must be at most " + Limits.SEARCH_QUERY + " characters");
        }
        List<String> languages = AcceptLanguages.preferred(headers);
        Page<CaseSearchService.SearchHit> hits =
                search.search(query, filters.of(filter), QueryValues.page(limit, cursor), callers.current());
        return PageResponses.ok(hits.map(hit -> new SearchHitResponse(hit.score(), hit.matchingFields(),
                responses.of(hit.view(), languages))), uri);
    }

    @Schema(name = "CaseSearchPage")
    public record SearchPage(List<SearchHitResponse> items, String next) {
    }
}
