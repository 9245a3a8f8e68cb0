package io.revitalization.comparison.api;

import io.revitalization.support.changes.ChangeStreamGate.OpenChangeStream;
import io.revitalization.support.web.AcceptLanguages;
import io.revitalization.comparison.domain.analysis.Bootstrap;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.Weighting;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.comparison.config.ComparisonConfig;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.app.change.AnnouncedChange;
import io.revitalization.comparison.app.query.CaseBehind;
import io.revitalization.comparison.app.query.CasesBehindQuery;
import io.revitalization.comparison.app.query.CasesBehindRead;
import io.revitalization.comparison.app.query.ChangeStreamRead;
import io.revitalization.comparison.app.query.ComparisonScope;
import io.revitalization.comparison.app.query.DistanceQuery;
import io.revitalization.comparison.app.query.DistanceRead;
import io.revitalization.comparison.app.query.DistributionsQuery;
import io.revitalization.comparison.app.query.DistributionsRead;
import io.revitalization.comparison.app.query.GroupSelection;
import io.revitalization.comparison.app.query.OverviewQuery;
import io.revitalization.comparison.app.query.OverviewRead;
import io.revitalization.comparison.app.query.ReliabilityQuery;
import io.revitalization.comparison.app.query.ReliabilityRead;
import io.revitalization.comparison.app.query.SummaryRead;
import io.revitalization.comparison.app.query.TableQuery;
import io.revitalization.comparison.app.query.TableRead;
import io.revitalization.comparison.app.query.ThesisQuery;
import io.revitalization.comparison.app.query.ThesisRead;
import io.revitalization.comparison.app.query.TrendQuery;
import io.revitalization.comparison.app.query.TrendRead;
import io.revitalization.comparison.app.query.TruthTableQuery;
import io.revitalization.comparison.app.query.TruthTableRead;
import io.revitalization.comparison.app.query.DistanceView;
import io.revitalization.comparison.app.query.DistributionsView;
import io.revitalization.comparison.app.query.OverviewView;
import io.revitalization.comparison.app.query.ReliabilityView;
import io.revitalization.comparison.app.query.SummaryView;
import io.revitalization.comparison.app.query.TableView;
import io.revitalization.comparison.app.query.ThesisView;
import io.revitalization.comparison.app.query.TrendView;
import io.revitalization.comparison.app.query.TruthTableView;
import io.revitalization.support.changes.ServerSentChanges;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.paging.PageResponses;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryParameters;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.CallerContext;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
            "consensus", "minCases", "weight");
    private static final int MAX_REPLICATES = 10_000;

    private final DistributionsRead distributions;
    private final DistanceRead distance;
    private final TrendRead trend;
    private final OverviewRead overview;
    private final TableRead table;
    private final ThesisRead thesis;
    private final ReliabilityRead reliability;
    private final TruthTableRead truthTable;
    private final CasesBehindRead casesBehind;
    private final SummaryRead summary;
    private final ChangeStreamRead changeStream;
    private final ConditionalReads responses;
    private final CallerContext callers;
    private final ComparisonConfig config;

    public ComparisonResource(DistributionsRead distributions, DistanceRead distance, TrendRead trend,
                              OverviewRead overview, TableRead table, ThesisRead thesis, ReliabilityRead reliability,
                              TruthTableRead truthTable,
                              CasesBehindRead casesBehind, SummaryRead summary, ChangeStreamRead changes,
                              ConditionalReads responses, CallerContext callers, ComparisonConfig config) {
        this.distributions = distributions;
        this.distance = distance;
        this.trend = trend;
        this.overview = overview;
        this.table = table;
        this.thesis = thesis;
        this.reliability = reliability;
        this.truthTable = truthTable;
        this.casesBehind = casesBehind;
        this.summary = summary;
        this.changeStream = changes;
        this.responses = responses;
        this.callers = callers;
        this.config = config;
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
            + "out), all (every coder's coding, weighted 1/coders) or adjudicated (a unit's adjudicated coding where "
            + "it has one, else the majority); majority and all leave adjudicated codings out. coder=adjudicated "
            + "uses adjudicated codings alone")
    @Parameter(name = "minCases", description = "fewest cases per group and year that support a claim (default 5)")
    @Parameter(name = "codebook", description = "codebook id or slug; default: the configured "
            + "default codebook (comparison.default-codebook, the seed codebook taiwan-japan-revitalization), which "
            + "the answer's codebook.chosenBy (request or default) states")
    @Parameter(name = "codebookVersion", description = "default: the latest version")
    @Parameter(name = "weight", description = "case (default: every case weighs 1 over the years, its case-years "
            + "sharing it) or case-year (every case-year weighs 1); the same within one year; the answer's weighting "
            + "says which was used")
    @APIResponse(responseCode = "200", description = "distributions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistributionsView.class), examples = @ExampleObject(name = "strategy stage by country",
            ref = "distributions")))
    @APIResponse(responseCode = "304", description = "not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "unknown dimension, group, parameter or bad year range",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(
                    name = "unknown dimension", ref = "unknown-dimension")))
    public Response distributions(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParameters params = params(uri, "dimension", "groupBy", "groups");
        DistributionsQuery query = new DistributionsQuery(scope(params, headers),
                params.required("dimension"), groupBy(params), params.list("groups"));
        return responses.respond(request, "distributions", query.toString(),
                version -> distributions.read(query, version));
    }

    @GET
    @Path("/distance")
    @Operation(summary = "Distance between groups per year",
            description = "Jensen–Shannon distance (base 2, in [0, 1]) for every dimension, and for ordinal ones the "
                    + "differences of mean and median positions (a minus b), each with a seeded percentile bootstrap "
                    + "interval over cases (reproducible: same data, seed and replicates give the same interval). "
                    + "The bootstrap resamples cases, so its cost grows with the number of cases times replicates. "
                    + "Two groups (a, b) answer with a, b and byYear; a list of groups (groups=JP,TW,KR) answers "
                    + "with every pair (pairs, each as the two-group answer's byYear) and a yearly matrix of the "
                    + "distances in the list's order (0 on the diagonal, null for a group without cases that year), "
                    + "at a cost that grows with the k(k−1)/2 pairs.")
    @Parameter(name = "a", description = "first group key (required unless groups is given)")
    @Parameter(name = "b", description = "second group key (required unless groups is given)")
    @Parameter(name = "groups", description = "instead of a and b: two or more comma-separated group keys, compared "
            + "pairwise")
    @Parameter(name = "bootstrap", description = "replicates, 1–10000 (default 1000)")
    @Parameter(name = "seed", description = "bootstrap seed (default 20210101)")
    @Parameter(name = "confidence", description = "interval level, strictly between 0 and 1 (default 0.95)")
    @APIResponse(responseCode = "200", description = "yearly distances", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistanceView.class), examples = {
            @ExampleObject(name = "Japan vs Taiwan", ref = "distance"),
            @ExampleObject(name = "a list of groups", ref = "distance-groups")}))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "bad input", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "empty group",
            ref = "empty-group")))
    public Response distance(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParameters params = params(uri, "dimension", "groupBy", "a", "b", "groups", "bootstrap", "seed",
                "confidence");
        Bootstrap bootstrap = new Bootstrap(
                params.integer("bootstrap", 1, MAX_REPLICATES, Bootstrap.DEFAULT_REPLICATES),
                params.fraction("confidence", Bootstrap.DEFAULT_CONFIDENCE_LEVEL),
                params.longInteger("seed", Bootstrap.DEFAULT_SEED));
        DistanceQuery query = new DistanceQuery(scope(params, headers),
                params.required("dimension"), groupBy(params), compared(params), bootstrap);
        return responses.respond(request, "distance", query.toString(),
                version -> distance.read(query, version));
    }

    @GET
    @Path("/trend")
    @Operation(summary = "Convergence or divergence of groups over the years",
            description = "The least-squares slope of the yearly gap (Jensen–Shannon distance, or for ordinal "
                    + "dimensions gap=mean: absolute difference of mean positions) against the year, with its t "
                    + "interval. CONVERGING when the whole interval is below 0, DIVERGING above 0, INCONCLUSIVE "
                    + "otherwise, INSUFFICIENT_DATA with fewer than 3 usable years (years under minCases are "
                    + "excluded and listed). Two groups (a, b) answer with a, b, byYear and trend; a list of groups "
                    + "(groups=JP,TW,KR) answers with the same for every pair in pairs.")
    @Parameter(name = "a", description = "first group key (required unless groups is given)")
    @Parameter(name = "b", description = "second group key (required unless groups is given)")
    @Parameter(name = "groups", description = "instead of a and b: two or more comma-separated group keys, compared "
            + "pairwise")
    @Parameter(name = "gap", description = "jsd (default) or mean (ordinal dimensions)")
    @APIResponse(responseCode = "200", description = "the trend", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrendView.class), examples = {
            @ExampleObject(name = "strategy stage", ref = "trend"),
            @ExampleObject(name = "a list of groups", ref = "trend-groups")}))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "bad input", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "bad years",
            ref = "bad-years")))
    public Response trend(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParameters params = params(uri, "dimension", "groupBy", "a", "b", "groups", "gap", "confidence");
        TrendQuery query = new TrendQuery(scope(params, headers),
                params.required("dimension"), groupBy(params), compared(params), gap(params), params.fraction("confidence", Bootstrap.DEFAULT_CONFIDENCE_LEVEL));
        return responses.respond(request, "trend", query.toString(),
                version -> trend.read(query, version));
    }

    @GET
    @Path("/overview")
    @Operation(summary = "The overview table",
            description = "For each dimension and group: the dominant codes (share of the group's cases, or with "
                    + "weight=case-year of its case-years, at least 0.25, at most 3) with their shares, the cases behind them, and exemplar cases with "
                    + "their evidence quotes, most confidently coded first.")
    @APIResponse(responseCode = "200", description = "the table", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverviewView.class), examples = @ExampleObject(name = "Japan vs Taiwan",
            ref = "overview")))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "bad input")
    public Response overview(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParameters params = params(uri, "groupBy", "groups");
        OverviewQuery query = new OverviewQuery(scope(params, headers), groupBy(params),
                params.list("groups"));
        return responses.respond(request, "overview", query.toString(),
                version -> overview.read(query, version));
    }

    @GET
    @Path("/table")
    @Operation(summary = "The source's comparison table",
            description = "A row per row of the source's table (IV.B), in its order, with the text's row label and "
                    + "insight from the codebook (localized by Accept-Language: zh-TW, ja, en; every language is "
                    + "given too); per dimension of the row and group: the cases coded (n and ids), the dominant "
                    + "codes with their shares (by case unless weight=case-year), n and cases, and exemplar cases "
                    + "with the quotes, sources and locators of their codings. A path dimension (scale PATH) adds "
                    + "each group's paths: the distinct stage sequences with their cases, and the stages reached at "
                    + "each step. Dimensions the codebook places in no row of the text follow as rows of their own "
                    + "(inText false).")
    @Parameter(name = "groupBy", description = "country (default), program, institution or partnershipPhase")
    @Parameter(name = "groups", description = "comma-separated group keys; default JP,TW by country, every group "
            + "with known cases otherwise")
    @APIResponse(responseCode = "200", description = "the table", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TableView.class), examples = @ExampleObject(name = "Japan and Taiwan",
            ref = "table")))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "bad input")
    public Response table(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParameters params = params(uri, "groupBy", "groups");
        TableQuery query = new TableQuery(scope(params, headers), groupBy(params), params.list("groups"));
        return responses.respond(request, "table", query.toString(), version -> table.read(query, version));
    }

    @GET
    @Path("/thesis")
    @Operation(summary = "Convergence or divergence of groups, in level and in direction, per dimension",
            description = "Level: the trend of the yearly gap (mean positions on ordinal dimensions, Jensen–Shannon "
                    + "distance otherwise), as the trend read computes it. Direction (ordinal dimensions): each "
                    + "case's trajectory (its position by year), its change from first to last coded year and per "
                    + "year, each group's mean per-year change over its cases coded in at least two years with a t "
                    + "interval and the shares moving up, down or staying, and the difference of the two means with "
                    + "a Welch interval: SAME, DIFFERENT_PACE, OPPOSITE, INCONCLUSIVE or INSUFFICIENT_DATA (fewer "
                    + "than minCases such cases, or fewer than 2). Verdict: CONVERGENCE or DIVERGENCE when the gap "
                    + "closes or opens, PARALLEL when it does neither and the groups move the same way, "
                    + "INSUFFICIENT_DATA when either part is, INCONCLUSIVE otherwise; with a sentence stating it.")
    @Parameter(name = "dimension", description = "one dimension; every dimension but paths when absent")
    @Parameter(name = "a", description = "first group key (default JP by country)")
    @Parameter(name = "b", description = "second group key (default TW by country)")
    @Parameter(name = "groups", description = "instead of a and b: two or more comma-separated group keys; the "
            + "answer gives the verdicts of every pair in pairs")
    @Parameter(name = "confidence", description = "interval level, strictly between 0 and 1 (default 0.95)")
    @APIResponse(responseCode = "200", description = "the verdicts", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThesisView.class), examples = {
            @ExampleObject(name = "the seed's strategy stage", ref = "thesis"),
            @ExampleObject(name = "a list of groups", ref = "thesis-groups")}))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "bad input")
    public Response thesis(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParameters params = params(uri, "dimension", "groupBy", "a", "b", "groups", "confidence");
        ThesisQuery query = new ThesisQuery(scope(params, headers), params.text("dimension"), groupBy(params),
                compared(params), params.fraction("confidence", Bootstrap.DEFAULT_CONFIDENCE_LEVEL));
        return responses.respond(request, "thesis", query.toString(), version -> thesis.read(query, version));
    }

    @GET
    @Path("/reliability")
    @Operation(summary = "Inter-coder reliability per dimension",
            description = "Krippendorff's alpha (nominal for every dimension, code sets compared whole for "
                    + "multi-valued ones; ordinal for ordinal ones; missing codings allowed) and pairwise percent "
                    + "agreement. Alpha is null when undefined (no pairable codings, or no variation).")
    @Parameter(name = "dimension", description = "one dimension; all of the codebook version when absent")
    @APIResponse(responseCode = "200", description = "reliability", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReliabilityView.class), examples = @ExampleObject(name = "two coders",
            ref = "reliability")))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "bad input")
    public Response reliability(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        QueryParameters params = params(uri, "dimension");
        ReliabilityQuery query = new ReliabilityQuery(scope(params, headers),
                params.text("dimension"));
        return responses.respond(request, "reliability", query.toString(),
                version -> reliability.read(query, version));
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
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TruthTableView.class), examples = @ExampleObject(name = "network outcome",
            ref = "truth-table")))
    @APIResponse(responseCode = "304", description = "not modified")
    @APIResponse(responseCode = "400", description = "an outcome or condition that is not dimension:code of the "
            + "codebook version")
    public Response truthTable(@Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        TruthTableQuery query = truthTableQuery(QueryParameters.strict(uri.getQueryParameters(), TRUTH_TABLE),
                headers, config, callers.current());
        return responses.respond(request, "truth-table", query.toString(),
                version -> truthTable.read(query, version));
    }

    /** The query parameters of a truth table (and of its data matrix). */
    static final Set<String> TRUTH_TABLE = Set.of("codebook", "codebookVersion", "coder", "consensus", "year",
            "outcome", "conditions", "groupBy", "groups");

    static TruthTableQuery truthTableQuery(QueryParameters params, HttpHeaders headers, ComparisonConfig config,
                                           Caller caller) {
        int year = params.integer("year", 1900, 2100, config.defaultToYear());
        ComparisonScope scope = new ComparisonScope(params.text("codebook"),
                params.integer("codebookVersion", 1, 1_000_000), selection(params), new YearRange(year, year),
                MinimumSample.DEFAULT_CASES_PER_GROUP, AcceptLanguages.preferred(headers),
                CaseTexts.scopeOf(caller), Weighting.CASE);
        List<String> conditions = params.list("conditions");
        if (conditions.isEmpty()) {
            throw ProblemException.invalid("conditions", "is required");
        }
        return new TruthTableQuery(scope, params.required("outcome"), conditions, groupBy(params),
                params.list("groups"));
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
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasesBehindPage.class), examples = @ExampleObject(
                    name = "cases of Japan carrying 'network' in 2023", ref = "cases-behind")))
    @APIResponse(responseCode = "400", description = "unknown dimension, code, group or parameter")
    public Response casesBehind(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters params = params(uri, "dimension", "groupBy", "group", "code", "limit", "cursor");
        CasesBehindQuery query = new CasesBehindQuery(scope(params, headers),
                params.required("dimension"), groupBy(params), params.required("group"), params.text("code"));
        PageRequest page = PageRequest.of(params.integer("limit", 1, PageRequest.MAX_LIMIT,
                PageRequest.DEFAULT_LIMIT), params.text("cursor"));
        return PageResponses.ok(casesBehind.read(query, page), uri);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "What the engine knows: live cases per country, codebooks, and the data version")
    @APIResponse(responseCode = "200", description = "summary", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryView.class), examples = @ExampleObject(name = "seeded",
            ref = "summary")))
    @APIResponse(responseCode = "304", description = "not modified")
    public Response summary(@Context UriInfo uri, @Context Request request) {
        QueryParameters.strict(uri.getQueryParameters(), Set.of());
        return responses.respond(request, "summary", "", summary::read);
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
                    + "reconnect, re-read with If-None-Match. At most 8 streams are open per caller (a token's "
                    + "subject, or the client address of anonymous callers), 16 per client address and 256 in all "
                    + "(by default); a stream ends after 15 minutes (by default) with a comment saying so: connect "
                    + "again.")
    @APIResponse(responseCode = "200", description = "the event stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, examples = @ExampleObject(name = "a coding was posted",
            ref = "change-event")))
    @APIResponse(responseCode = "429", description = "a cap on open change streams is reached; Retry-After says "
            + "when to try again", content = @Content(mediaType = "application/problem+json"))
    public Multi<OutboundSseEvent> changes(@Context Sse sse, @Context HttpServerRequest request) {
        // the method only opens the stream (its worker thread is free again once it returns); events are written
        // as they come, and the stream holds no thread meanwhile
        OpenChangeStream<AnnouncedChange> stream = changeStream.open(callers.current(),
                ServerSentChanges.address(request));
        return ServerSentChanges.events(sse, stream.ready(), stream.changes(), AnnouncedChange.class,
                AnnouncedChange::dataVersion, stream.age(), stream.close());
    }

    private static QueryParameters params(UriInfo uri, String... specific) {
        Set<String> allowed = new HashSet<>(SCOPE);
        allowed.addAll(List.of(specific));
        return QueryParameters.strict(uri.getQueryParameters(), allowed);
    }

    private ComparisonScope scope(QueryParameters params, HttpHeaders headers) {
        int from = params.integer("from", 1900, 2100, config.defaultFromYear());
        int to = params.integer("to", 1900, 2100, config.defaultToYear());
        if (from > to) {
            throw ProblemException.invalid("from", "must not be after to (" + from + " > " + to + ")");
        }
        return new ComparisonScope(params.text("codebook"), params.integer("codebookVersion", 1, 1_000_000),
                selection(params), new YearRange(from, to),
                params.integer("minCases", 1, 1000, MinimumSample.DEFAULT_CASES_PER_GROUP),
                AcceptLanguages.preferred(headers), CaseTexts.scopeOf(callers.current()), weighting(params));
    }

    private static Weighting weighting(QueryParameters params) {
        String weight = params.text("weight");
        if (weight == null) {
            return Weighting.CASE;
        }
        return Weighting.fromKey(weight).orElseThrow(() -> ProblemException.invalid("weight",
                "must be case or case-year"));
    }

    private static CoderSelection selection(QueryParameters params) {
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
        if (consensus.equals("adjudicated")) {
            return CoderSelection.adjudicated();
        }
        throw ProblemException.invalid("consensus", "must be majority, all or adjudicated");
    }

    /** Two groups (a, b) or a list (groups), never both. */
    private static GroupSelection compared(QueryParameters params) {
        List<String> groups = params.list("groups");
        if (!groups.isEmpty() && (params.text("a") != null || params.text("b") != null)) {
            throw ProblemException.invalid("groups", "give either a and b, or groups, not both");
        }
        return new GroupSelection(params.text("a"), params.text("b"), groups);
    }

    private static Grouping groupBy(QueryParameters params) {
        String groupBy = params.text("groupBy");
        if (groupBy == null) {
            return Grouping.COUNTRY;
        }
        return Grouping.fromKey(groupBy).orElseThrow(() -> ProblemException.invalid("groupBy",
                "must be one of country, program, institution, partnershipPhase"));
    }

    private static TrendQuery.Gap gap(QueryParameters params) {
        String gap = params.text("gap");
        if (gap == null) {
            return null;
        }
        try {
            return TrendQuery.Gap.valueOf(gap.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("gap", "must be jsd or mean");
        }
    }

    /** A page of the cases behind a figure, as {@link PageResponses} writes it. */
    @Schema(name = "CasesBehindPage")
    public record CasesBehindPage(List<CaseBehind> items, String next) {
    }
}
