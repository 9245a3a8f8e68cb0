package io.revitalization.comparison.api;

import io.revitalization.comparison.app.export.AlphaIntervals;
import io.revitalization.comparison.app.export.AlphaIntervalsRead;
import io.revitalization.comparison.app.export.ReliabilityData;
import io.revitalization.comparison.app.export.ReliabilityDataRead;
import io.revitalization.comparison.app.query.ComparisonScope;
import io.revitalization.comparison.config.ComparisonConfig;
import io.revitalization.comparison.domain.analysis.Bootstrap;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.Weighting;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.support.export.CsvRows;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryParameters;
import io.revitalization.support.security.CallerContext;
import io.revitalization.support.web.AcceptLanguages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Path("/api/v1/comparisons/reliability-data")
@Tag(name = "Comparisons")
public class ReliabilityDataResource {
    private static final Set<String> PARAMETERS = Set.of("codebook", "codebookVersion", "dimension", "from", "to");

    private static final int MAX_REPLICATES = 10_000;

    private final ReliabilityDataRead data;
    private final AlphaIntervalsRead alphas;
    private final CallerContext callers;
    private final ComparisonConfig config;

    public ReliabilityDataResource(ReliabilityDataRead data, AlphaIntervalsRead alphas, CallerContext callers,
                                   ComparisonConfig config) {
        this.data = data;
        this.alphas = alphas;
        this.callers = callers;
        this.config = config;
    }

    @GET
    @Path("/matrix")
    @Produces({CsvRows.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The reliability data matrix of a dimension: units × coders",
            description = "One row per unit (case and year) any coder coded, one column per coder, in the layout "
                    + "SPSS's KALPHA macro reads; R's irr::kripp.alpha takes its transpose: "
                    + "kripp.alpha(t(as.matrix(read.csv(f, fileEncoding = \"UTF-8-BOM\")[, -(1:3)])), \"interval\"). "
                    + "A cell is the number the coder's code stands for (cells=number, the default): its value on an "
                    + "interval or ratio scale, its order on an ordinal one, its 1-based position in the codebook's "
                    + "list on a nominal one (the codebook document lists them), or the code itself (cells=code); "
                    + "empty where the coder did not code the unit. CSV is UTF-8 with a byte order mark and CRLF; "
                    + "JSON lists each unit's codes by coder. A multi-valued dimension has no matrix (400): export "
                    + "its codings. Sensitive cases are left out unless the caller may read them.")
    @Parameter(name = "dimension", required = true, description = "the dimension")
    @Parameter(name = "format", description = "csv (default) or json", schema = @Schema(enumeration = {"csv", "json"}))
    @Parameter(name = "cells", description = "number (default) or code", schema = @Schema(enumeration = {"number", "code"}))
    @APIResponse(responseCode = "200", description = "the matrix, as an attachment", content = {
            @Content(mediaType = CsvRows.MEDIA_TYPE, examples = @ExampleObject(name = "csv",
                    ref = "reliabilityMatrixCsv")),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReliabilityDataResponse.class))})
    @APIResponse(responseCode = "400", description = "no or unknown dimension, a multi-valued one, bad years or "
            + "format", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response matrix(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters params = params(uri, "format", "cells");
        String format = choice(params, "format", "csv", "json");
        boolean codes = choice(params, "cells", "number", "code").equals("code");
        ReliabilityData matrix = data.read(scope(params, headers), params.text("dimension"), true);
        if (format.equals("json")) {
            return attachment(ReliabilityDataResponse.of(matrix), MediaType.APPLICATION_JSON, matrix, "json");
        }
        StreamingOutput body = out -> {
            List<String> header = new ArrayList<>(List.of("case", "case_id", "year"));
            header.addAll(matrix.coders());
            try (CsvRows rows = CsvRows.open(out, header)) {
                for (ReliabilityData.Unit unit : matrix.units()) {
                    List<Object> row = new ArrayList<>(List.of(unit.caseSlug(), unit.caseId(), unit.year()));
                    matrix.coders().forEach(coder -> {
                        List<String> given = unit.codesByCoder().get(coder);
                        row.add(given == null ? null : codes ? given.get(0) : matrix.numberOf(given.get(0)));
                    });
                    rows.row(row);
                }
            }
        };
        return attachment(body, CsvRows.MEDIA_TYPE, matrix, "csv");
    }

    @GET
    @Path("/disagreements")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The units of a dimension on which coders disagree, with each coder's codes",
            description = "Units (case and year) coded by two coders or more who did not all give the same codes, "
                    + "by case id and year: what a team adjudicates. Code sets count whole on a multi-valued "
                    + "dimension. Sensitive cases are left out unless the caller may read them.")
    @Parameter(name = "dimension", required = true, description = "the dimension")
    @APIResponse(responseCode = "200", description = "the disputed units", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReliabilityDataResponse.class),
            examples = @ExampleObject(name = "one disputed unit", ref = "disagreements")))
    @APIResponse(responseCode = "400", description = "no or unknown dimension, bad years",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReliabilityDataResponse disagreements(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters params = params(uri);
        return ReliabilityDataResponse.of(data.read(scope(params, headers), params.text("dimension"), false)
                .disagreements());
    }

    @GET
    @Path("/alpha")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Krippendorff's alpha of a dimension with seeded bootstrap intervals",
            description = "Alpha on every level that applies (nominal; MASI for multi-valued dimensions; ordinal for "
                    + "ordinal, interval and ratio ones; interval for interval and ratio ones; ratio for ratio ones), "
                    + "computed from the coders' codings (adjudicated codings are left out), each with a percentile "
                    + "interval. method=pairs (default) is Krippendorff's own bootstrap, as his KALPHA macro does it: "
                    + "each replicate draws M = min(25q, (m-1)n/2) pairs of values from the coincidence matrix "
                    + "(q non-zero cells, m coders, n pairable values) and gives 1 - their summed differences / "
                    + "(M De), De staying that of the data; replicates expected to have drawn one value only count "
                    + "as 0; bounds are KALPHA's order statistics. method=units resamples the units (case-years) two "
                    + "coders or more coded, with all their codings, leaving out replicates where alpha is undefined. "
                    + "Seeded: the same codings, method, seed and replicates give the same interval.")
    @Parameter(name = "dimension", required = true, description = "the dimension")
    @Parameter(name = "method", description = "pairs (default: Krippendorff's bootstrap) or units",
            schema = @Schema(enumeration = {"pairs", "units"}))
    @Parameter(name = "replicates", description = "1–10000, default 1000")
    @Parameter(name = "seed", description = "default 20210101")
    @Parameter(name = "confidence", description = "the interval's level, default 0.95")
    @APIResponse(responseCode = "200", description = "the alphas with their intervals", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlphaIntervalsResponse.class)))
    @APIResponse(responseCode = "400", description = "no or unknown dimension, bad years, replicates, seed or "
            + "confidence", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AlphaIntervalsResponse alpha(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters params = params(uri, "replicates", "seed", "confidence", "method");
        AlphaIntervals.Resampling resampling = choice(params, "method", "pairs", "units").equals("pairs")
                ? AlphaIntervals.Resampling.PAIRS : AlphaIntervals.Resampling.UNITS;
        Bootstrap bootstrap = new Bootstrap(params.integer("replicates", 1, MAX_REPLICATES,
                Bootstrap.DEFAULT_REPLICATES), params.fraction("confidence", Bootstrap.DEFAULT_CONFIDENCE_LEVEL),
                params.longInteger("seed", Bootstrap.DEFAULT_SEED));
        return AlphaIntervalsResponse.of(alphas.read(scope(params, headers), params.text("dimension"), bootstrap,
                resampling));
    }

    private static Response attachment(Object body, String mediaType, ReliabilityData matrix, String extension) {
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"reliability-"
                + matrix.codebook().slug() + "-v" + matrix.codebook().version() + "-" + matrix.dimension().id()
                + "." + extension + "\"").build();
    }

    private static QueryParameters params(UriInfo uri, String... specific) {
        Set<String> allowed = new HashSet<>(PARAMETERS);
        allowed.addAll(List.of(specific));
        return QueryParameters.strict(uri.getQueryParameters(), allowed);
    }

    private static String choice(QueryParameters params, String name, String fallback, String other) {
        String chosen = params.text(name);
        if (chosen == null || chosen.equals(fallback)) {
            return fallback;
        }
        if (!chosen.equals(other)) {
            throw ProblemException.invalid(name, "must be " + fallback + " or " + other);
        }
        return other;
    }

    private ComparisonScope scope(QueryParameters params, HttpHeaders headers) {
        int from = params.integer("from", 1900, 2100, config.defaultFromYear());
        int to = params.integer("to", 1900, 2100, config.defaultToYear());
        if (from > to) {
            throw ProblemException.invalid("from", "must not be after to (" + from + " > " + to + ")");
        }
        return new ComparisonScope(params.text("codebook"), params.integer("codebookVersion", 1, 1_000_000),
                CoderSelection.allCoders(), new YearRange(from, to), MinimumSample.DEFAULT_CASES_PER_GROUP,
                AcceptLanguages.preferred(headers), CaseTexts.scopeOf(callers.current()), Weighting.CASE);
    }
}
