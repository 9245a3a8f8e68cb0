package io.revitalization.partnerships.api;

import io.revitalization.partnerships.app.InsightService;
import io.revitalization.partnerships.app.Network;
import io.revitalization.partnerships.app.PartnershipService;
import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.support.http.ContentETag;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryValues;
import io.revitalization.support.security.CallerContext;
import io.revitalization.support.web.AcceptLanguages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Views derived from partnerships and updates; all of them read only what the caller may see. */
@Path("/api/v1/partnerships")
@Tag(name = "Partnership insights", description = "Reciprocity, the phase suggestion, the network, agreements "
        + "ending soon")
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {
    private final InsightService insights;
    private final PartnershipService partnerships;
    private final ResponseMapper mapper;
    private final CallerContext callers;

    public InsightResource(InsightService insights, PartnershipService partnerships, ResponseMapper mapper,
                           CallerContext callers) {
        this.insights = insights;
        this.partnerships = partnerships;
        this.mapper = mapper;
        this.callers = callers;
    }

    @GET
    @Path("/reciprocity")
    @Operation(summary = "Reciprocity over all partnerships, per year", description = "The share of activity "
            + "(active updates other than phase-change requests) flowing JP→TW, TW→JP and both ways.")
    @ContentETag
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag named in If-None-Match (the ETag is made from the answer)")
    @APIResponse(responseCode = "200", description = "Per year and over all years", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReciprocityResponse.class), examples = @ExampleObject(name = "overall", ref = "overallReciprocity")))
    @APIResponse(responseCode = "400", description = "Invalid year", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReciprocityResponse overallReciprocity(
            @Parameter(description = "Only this year", example = "2025") @QueryParam("year") String year) {
        Integer onlyYear = QueryValues.year("year", year);
        return ResponseMapper.reciprocity(null, onlyYear, insights.reciprocity(onlyYear, callers.current()));
    }

    @GET
    @Path("/{idOrSlug}/reciprocity")
    @Operation(summary = "Reciprocity of one partnership, per year")
    @ContentETag
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag named in If-None-Match (the ETag is made from the answer)")
    @APIResponse(responseCode = "200", description = "Per year and over all years", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReciprocityResponse.class), examples = @ExampleObject(name = "partnership", ref = "reciprocity")))
    @APIResponse(responseCode = "404", description = "No such partnership", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReciprocityResponse reciprocity(@PathParam("idOrSlug") String idOrSlug,
                                           @Parameter(example = "2025") @QueryParam("year") String year) {
        Integer onlyYear = QueryValues.year("year", year);
        Partnership partnership = visible(idOrSlug);
        return ResponseMapper.reciprocity(partnership, onlyYear, insights.reciprocity(partnership, onlyYear));
    }

    @GET
    @Path("/{idOrSlug}/phase-suggestion")
    @Operation(summary = "The phase the evidence suggests, beside the declared one", description = "Joint policy "
            + "research or tri-sector projects read as the third phase; one-way flow (one direction carrying 60% "
            + "or more of at least 3 activities) as benchmarking; balanced flow with a joint output (an outcome "
            + "reported as mutual) as co-creation; otherwise no suggestion. Never changes the declared phase. "
            + "Reason texts follow Accept-Language.")
    @APIResponse(responseCode = "200", description = "The suggestion with its reasons", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhaseSuggestionResponse.class), examples = @ExampleObject(name = "suggestion", ref = "phaseSuggestion")))
    @APIResponse(responseCode = "404", description = "No such partnership", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PhaseSuggestionResponse phaseSuggestion(@PathParam("idOrSlug") String idOrSlug,
                                                   @Context HttpHeaders headers) {
        Partnership partnership = visible(idOrSlug);
        return ResponseMapper.phaseSuggestion(partnership, insights.phaseSuggestion(partnership),
                AcceptLanguages.preferred(headers));
    }

    @GET
    @Path("/network")
    @Operation(summary = "The partnership network", description = "Institutions as nodes, one edge per pair of "
            + "members of a partnership (`source`/`target` are node ids), ready for a graph library (Cytoscape.js: "
            + "wrap each node and edge as `{data: …}`; d3-force: use `edges` as links). With `year`, only "
            + "partnerships active that year, and edge `activities` counts that year's.")
    @ContentETag
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag named in If-None-Match (the ETag is made from the answer)")
    @APIResponse(responseCode = "200", description = "Nodes and edges", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Network.class), examples = @ExampleObject(name = "network", ref = "network")))
    @APIResponse(responseCode = "400", description = "Invalid year", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Network network(@Parameter(example = "2025") @QueryParam("year") String year,
                           @Context HttpHeaders headers) {
        return insights.network(QueryValues.year("year", year), callers.current(), AcceptLanguages.preferred(headers));
    }

    @GET
    @Path("/agreements/ending")
    @Operation(summary = "Agreements ending soon", description = "Partnerships whose agreement (proposed or active) "
            + "ends within `withinDays` days from today, soonest first.")
    @APIResponse(responseCode = "200", description = "A page of partnerships with the days left", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementEndingPage.class), examples = @ExampleObject(name = "ending", ref = "agreementsEnding")))
    @APIResponse(responseCode = "400", description = "withinDays missing or out of 0–3650",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response agreementsEnding(
            @Parameter(description = "0 to 3650", required = true, schema = @Schema(type = SchemaType.INTEGER),
                    example = "90") @QueryParam("withinDays") String withinDays,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri, @Context HttpHeaders headers) {
        Integer days = QueryValues.integer("withinDays", withinDays, 0, Limits.MAX_WITHIN_DAYS);
        if (days == null) {
            throw ProblemException.invalid("withinDays", "is required");
        }
        PageRequest page = QueryValues.page(limit, cursor);
        return PageResponses.ok(mapper.agreementsEnding(partnerships.agreementsEnding(days, callers.current(), page),
                AcceptLanguages.preferred(headers)), uri);
    }

    private Partnership visible(String idOrSlug) {
        return partnerships.find(idOrSlug, callers.current())
                .orElseThrow(() -> PartnershipResource.notFound(idOrSlug));
    }

    @Schema(name = "AgreementEndingPage")
    public record AgreementEndingPage(List<AgreementEndingResponse> items, String next) {
    }
}
