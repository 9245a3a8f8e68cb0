package io.revitalization.comparison.rest;

import io.revitalization.support.web.AcceptLanguages;
import io.revitalization.comparison.analysis.Bootstrap;
import io.revitalization.comparison.analysis.CoderSelection;
import io.revitalization.comparison.analysis.ListedCases;
import io.revitalization.comparison.analysis.MinimumSample;
import io.revitalization.comparison.analysis.YearRange;
import io.revitalization.comparison.config.ComparisonConfig;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.service.ChangeAnnouncer;
import io.revitalization.comparison.service.ComparisonChange;
import io.revitalization.comparison.service.ComparisonQueries;
import io.revitalization.comparison.service.ComparisonService;
import io.revitalization.comparison.service.DataChanges;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Path("/api/v1/comparisons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparisons", description = "The comparison engine. Every read carries a strong ETag derived from the "
        + "data version and Cache-Control: no-cache; If-None-Match answers 304 without recomputation.")
public class ComparisonResource {
    private static final Set<String> SCOPE = Set.of("codebook", "codebookVersion", "from", "to", "coder",
            "consensus", "minCases");
    private static final int MAX_REPLICATES = 10_000;
    /** Well inside the gateway's 10 s route timeout, which ends a proxied answer that stays silent longer. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final ComparisonService comparisons;
    private final ComparisonResponses responses;
    private final ComparisonConfig config;
    private final ChangeAnnouncer announcer;
    private final DataChanges dataChanges;

    public ComparisonResource(ComparisonService comparisons, ComparisonResponses responses, ComparisonConfig config,
                              ChangeAnnouncer announcer, DataChanges dataChanges) {
        this.comparisons = comparisons;
        this.responses = responses;
        this.config = config;
        this.announcer = announcer;
        this.dataChanges = dataChanges;
    }

    @GET
    @Path("/distributions")
    @Operation(summary = "Distributions of a dimension per group and year",
            description = "Shares of each code among a group's coded cases, per year, read from incrementally kept "
                    + "tallies. Multi-valued codings split a case-year's weight evenly over its codes. Years with fewer "
                    + "than minCases cases are flagged insufficient (never dropped, never a silent zero).")
    @Parameter(name = "dimension", required = true, description = "dimension id of the codebook version")
    @Parameter(name = "groupBy", description = "country (default), program, institution or partnershipPhase")
    @Parameter(name = "groups", description = "comma-separated group keys (institutions by id or slug); all groups "
            + "with known cases when absent")
    @Parameter(name = "from", description = "first year, 1900–2100 (default 2021)")
    @Parameter(name = "to", description = "last year, 1900–2100 (default 2025)")
    @Parameter(name = "coder", description = "use only this coder's codings")
    @Parameter(name = "consensus", description = "majority (default: the code set most coders chose; ties are left "
            + "out) or all (every coding, weighted 1/coders)")
    @Parameter(name = "minCases", description = "fewest cases per group and year that support a claim (default 5)")
    @Parameter(name = "codebook", description = "codebook id or slug; may be left out while only one exists")
    @Parameter(name = "codebookVersion", description = "default: the latest version")
    @APIResponse(responseCode = "200", description = "distributions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "strategy stage by country",
            value = ApiExamples.DISTRIBUTIONS)))
    @APIResponse(responseCode = "304", description = "not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "unknown dimension, group, parameter or bad year range",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(
                    name = "unknown dimension", value = ApiExamples.UNKNOWN_DIMENSION)))
    public Response distributions(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParams params = params(uri, "dimension", "groupBy", "groups");
        ComparisonQueries.Distributions query = new ComparisonQueries.Distributions(scope(params, headers),
                params.required("dimension"), groupBy(params), params.list("groups"));
        return responses.respond(request, "distributions", query.toString(),
                version -> comparisons.distributions(query, version));
    }

    @GET
    @Path("/distance")
    @Operation(summary = "Distance between two groups per year",
            description = "Jensen–Shannon distance (base 2, in [0, 1]) for every dimension, and for ordinal ones the "
                    + "differences of mean and median positions (a minus b), each with a seeded percentile bootstrap "
                    + "interval over cases (reproducible: same data, seed and replicates give the same interval). "
                    + "The bootstrap resamples cases, so its cost grows with the number of cases times replicates.")
    @Parameter(name = "a", required = true, description = "first group key")
    @Parameter(name = "b", required = true, description = "second group key")
    @Parameter(name = "bootstrap", description = "replicates, 1–10000 (default 1000)")
    @Parameter(name = "seed", description = "bootstrap seed (default 20210101)")
    @Parameter(name = "confidence", description = "interval level, strictly between 0 and 1 (default 0.95)")
    @APIResponse(responseCode = "200", description = "yearly distances", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Japan vs Taiwan",
            value = ApiExamples.DISTANCE)))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "bad input", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "empty group",
            value = ApiExamples.EMPTY_GROUP)))
    public Response distance(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParams params = params(uri, "dimension", "groupBy", "a", "b", "bootstrap", "seed", "confidence");
        Bootstrap bootstrap = new Bootstrap(
                params.integer("bootstrap", 1, MAX_REPLICATES, Bootstrap.DEFAULT_REPLICATES),
                params.fraction("confidence", Bootstrap.DEFAULT_CONFIDENCE_LEVEL),
                params.longInteger("seed", Bootstrap.DEFAULT_SEED));
        ComparisonQueries.Distance query = new ComparisonQueries.Distance(scope(params, headers),
                params.required("dimension"), groupBy(params), params.required("a"), params.required("b"), bootstrap);
        return responses.respond(request, "distance", query.toString(),
                version -> comparisons.distance(query, version));
    }

    @GET
    @Path("/trend")
    @Operation(summary = "Convergence or divergence of two groups over the years",
            description = "The least-squares slope of the yearly gap (Jensen–Shannon distance, or for ordinal "
                    + "dimensions gap=mean: absolute difference of mean positions) against the year, with its t "
                    + "interval. CONVERGING when the whole interval is below 0, DIVERGING above 0, INCONCLUSIVE "
                    + "otherwise, INSUFFICIENT_DATA with fewer than 3 usable years (years under minCases are "
                    + "excluded and listed).")
    @Parameter(name = "gap", description = "jsd (default) or mean (ordinal dimensions)")
    @APIResponse(responseCode = "200", description = "the trend", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "strategy stage",
            value = ApiExamples.TREND)))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "bad input", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "bad years",
            value = ApiExamples.BAD_YEARS)))
    public Response trend(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParams params = params(uri, "dimension", "groupBy", "a", "b", "gap", "confidence");
        ComparisonQueries.Trend query = new ComparisonQueries.Trend(scope(params, headers),
                params.required("dimension"), groupBy(params), params.required("a"), params.required("b"),
                gap(params), params.fraction("confidence", Bootstrap.DEFAULT_CONFIDENCE_LEVEL));
        return responses.respond(request, "trend", query.toString(),
                version -> comparisons.trend(query, version));
    }

    @GET
    @Path("/overview")
    @Operation(summary = "The overview table",
            description = "For each dimension and group: the dominant codes (share of the group's case-years at "
                    + "least 0.25, at most 3) with their shares, the cases behind them, and exemplar cases with "
                    + "their evidence quotes, most confidently coded first.")
    @APIResponse(responseCode = "200", description = "the table", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Japan vs Taiwan",
            value = ApiExamples.OVERVIEW)))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "bad input")
    public Response overview(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParams params = params(uri, "groupBy", "groups");
        ComparisonQueries.Overview query = new ComparisonQueries.Overview(scope(params, headers), groupBy(params),
                params.list("groups"));
        return responses.respond(request, "overview", query.toString(),
                version -> comparisons.overview(query, version));
    }

    @GET
    @Path("/reliability")
    @Operation(summary = "Inter-coder reliability per dimension",
            description = "Krippendorff's alpha (nominal for every dimension, code sets compared whole for "
                    + "multi-valued ones; ordinal for ordinal ones; missing codings allowed) and pairwise percent "
                    + "agreement. Alpha is null when undefined (no pairable codings, or no variation).")
    @Parameter(name = "dimension", description = "one dimension; all of the codebook version when absent")
    @APIResponse(responseCode = "200", description = "reliability", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two coders",
            value = ApiExamples.RELIABILITY)))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "bad input")
    public Response reliability(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParams params = params(uri, "dimension");
        ComparisonQueries.Reliability query = new ComparisonQueries.Reliability(scope(params, headers),
                params.text("dimension"));
        return responses.respond(request, "reliability", query.toString(),
                version -> comparisons.reliability(query, version));
    }

    @GET
    @Path("/truth-table")
    @Operation(summary = "A crisp-set QCA truth table in one year",
            description = "A case is in a condition (or the outcome) when its resolved codes on the dimension include "
                    + "the code. Rows are the observed configurations with their cases, the consistency of the "
                    + "outcome among them, and the coverage of the outcome they account for; cases coded on only "
                    + "some of the dimensions that year are listed as leftOut.")
    @Parameter(name = "outcome", required = true, description = "dimension:code, e.g. strategy-stage:network")
    @Parameter(name = "conditions", required = true, description = "comma-separated dimension:code, at most 20")
    @Parameter(name = "year", description = "default 2025")
    @APIResponse(responseCode = "200", description = "the truth table", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "network outcome",
            value = ApiExamples.TRUTH_TABLE)))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "an outcome or condition that is not dimension:code of the "
            + "codebook version")
    public Response truthTable(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParams params = new QueryParams(uri, Set.of("codebook", "codebookVersion", "coder", "consensus", "year",
                "outcome", "conditions", "groupBy", "groups"));
        int year = params.integer("year", 1900, 2100, config.defaultToYear());
        ComparisonQueries.Scope scope = new ComparisonQueries.Scope(params.text("codebook"),
                params.integer("codebookVersion", 1, 1_000_000), selection(params), new YearRange(year, year),
                MinimumSample.DEFAULT_CASES_PER_GROUP, AcceptLanguages.preferred(headers));
        List<String> conditions = params.list("conditions");
        if (conditions.isEmpty()) {
            throw ProblemException.invalid("conditions", "is required");
        }
        ComparisonQueries.TruthTable query = new ComparisonQueries.TruthTable(scope, params.required("outcome"),
                conditions, groupBy(params), params.list("groups"));
        return responses.respond(request, "truth-table", query.toString(),
                version -> comparisons.truthTable(query, version));
    }

    @GET
    @Path("/cases")
    @Operation(summary = "The cases behind a figure, a page at a time",
            description = "Every figure states its number of cases (n) and lists the first "
                    + ListedCases.LIMIT + " of them by id; this lists them all, in id order: a group's cases on a "
                    + "dimension in the years from–to (a distribution's n), or those carrying one code (a code's n), "
                    + "under the same coder selection as the figure.")
    @Parameter(name = "dimension", required = true, description = "dimension id of the codebook version")
    @Parameter(name = "group", required = true, description = "group key (institutions by id or slug)")
    @Parameter(name = "code", description = "only the cases carrying this code; every case of the group when absent")
    @Parameter(name = "limit", description = "page size, 1–200 (default 50)")
    @Parameter(name = "cursor", description = "the next page's cursor from the previous page")
    @APIResponse(responseCode = "200", description = "a page of cases, with a Link header to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "cases of Japan carrying 'network' in 2023", value = ApiExamples.CASES_BEHIND)))
    @APIResponse(responseCode = "400", description = "unknown dimension, code, group or parameter")
    public Response casesBehind(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParams params = params(uri, "dimension", "groupBy", "group", "code", "limit", "cursor");
        ComparisonQueries.CasesBehind query = new ComparisonQueries.CasesBehind(scope(params, headers),
                params.required("dimension"), groupBy(params), params.required("group"), params.text("code"));
        PageRequest page = PageRequest.of(params.integer("limit", 1, PageRequest.MAX_LIMIT,
                PageRequest.DEFAULT_LIMIT), params.text("cursor"));
        return PageResponses.ok(comparisons.casesBehind(query, page), uri);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "What the engine knows: live cases per country, codebooks, and the data version")
    @APIResponse(responseCode = "200", description = "summary", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "seeded",
            value = ApiExamples.SUMMARY)))
    @APIResponse(responseCode = "304", description = "not modified")
    public Response summary(@Context UriInfo uri, @Context Request request) {
        new QueryParams(uri, Set.of());
        return responses.respond(request, "summary", "", comparisons::summary);
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "Server-Sent Events announcing which comparisons changed",
            description = "First a 'ready' event with the current data version, then a 'change' event per committed "
                    + "change: the new data version, the codebooks, dimensions and groupings touched, and the "
                    + "comparison reads affected; a comment every 5 s keeps the connection open. A change committed "
                    + "by another instance of the service is announced within the poll interval (250 ms by "
                    + "default), listing every comparison read since its extent is not known here. After a "
                    + "reconnect, re-read with If-None-Match.")
    @APIResponse(responseCode = "200", description = "the event stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, examples = @ExampleObject(name = "a coding was posted",
            value = ApiExamples.CHANGE_EVENT)))
    public Multi<OutboundSseEvent> changes(@Context Sse sse) {
        ComparisonChange ready = new ComparisonChange(dataChanges.current(), List.of(), List.of(), List.of(),
                List.of(), OffsetDateTime.now());
        Multi<OutboundSseEvent> events = Multi.createBy().merging().streams(
                Multi.createFrom().item(ready).map(change -> event(sse, "ready", change)),
                announcer.changes().map(change -> event(sse, "change", change)));
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(HEARTBEAT)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(events, heartbeats);
    }

    private static OutboundSseEvent event(Sse sse, String name, ComparisonChange change) {
        return sse.newEventBuilder().name(name).id(Long.toString(change.dataVersion()))
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(ComparisonChange.class, change).build();
    }

    private static QueryParams params(UriInfo uri, String... specific) {
        Set<String> allowed = new HashSet<>(SCOPE);
        allowed.addAll(List.of(specific));
        return new QueryParams(uri, allowed);
    }

    private ComparisonQueries.Scope scope(QueryParams params, HttpHeaders headers) {
        int from = params.integer("from", 1900, 2100, config.defaultFromYear());
        int to = params.integer("to", 1900, 2100, config.defaultToYear());
        if (from > to) {
            throw ProblemException.invalid("from", "must not be after to (" + from + " > " + to + ")");
        }
        return new ComparisonQueries.Scope(params.text("codebook"), params.integer("codebookVersion", 1, 1_000_000),
                selection(params), new YearRange(from, to),
                params.integer("minCases", 1, 1000, MinimumSample.DEFAULT_CASES_PER_GROUP),
                AcceptLanguages.preferred(headers));
    }

    private static CoderSelection selection(QueryParams params) {
        String coder = params.text("coder");
        String consensus = params.text("consensus");
        if (coder != null && consensus != null) {
            throw ProblemException.invalid("coder", "give either coder or consensus, not both");
        }
        if (coder != null) {
            return CoderSelection.singleCoder(coder);
        }
        if (consensus == null || consensus.equals("majority")) {
            return CoderSelection.majority();
        }
        if (consensus.equals("all")) {
            return CoderSelection.allCoders();
        }
        throw ProblemException.invalid("consensus", "must be majority or all");
    }

    private static Grouping groupBy(QueryParams params) {
        String groupBy = params.text("groupBy");
        if (groupBy == null) {
            return Grouping.COUNTRY;
        }
        return Grouping.fromKey(groupBy).orElseThrow(() -> ProblemException.invalid("groupBy",
                "must be one of country, program, institution, partnershipPhase"));
    }

    private static ComparisonQueries.Gap gap(QueryParams params) {
        String gap = params.text("gap");
        if (gap == null) {
            return null;
        }
        try {
            return ComparisonQueries.Gap.valueOf(gap.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("gap", "must be jsd or mean");
        }
    }
}
