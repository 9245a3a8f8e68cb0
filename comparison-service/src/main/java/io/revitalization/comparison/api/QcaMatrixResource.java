package io.revitalization.comparison.api;

import io.revitalization.comparison.app.query.Scopes;
import io.revitalization.comparison.app.query.TruthTableQuery;
import io.revitalization.comparison.app.query.TruthTableRead;
import io.revitalization.comparison.config.ComparisonConfig;
import io.revitalization.comparison.domain.analysis.TruthTable;
import io.revitalization.support.export.CsvRows;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.query.QueryParameters;
import io.revitalization.support.security.CallerContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Path("/api/v1/comparisons/qca-matrix")
@Tag(name = "Comparisons")
public class QcaMatrixResource {
    private final TruthTableRead truthTable;
    private final Scopes scopes;
    private final CallerContext callers;
    private final ComparisonConfig config;

    public QcaMatrixResource(TruthTableRead truthTable, Scopes scopes, CallerContext callers,
                             ComparisonConfig config) {
        this.truthTable = truthTable;
        this.scopes = scopes;
        this.callers = callers;
        this.config = config;
    }

    @GET
    @Produces(CsvRows.MEDIA_TYPE)
    @Operation(summary = "The crisp-set QCA data matrix behind a truth table: cases × conditions and outcome",
            description = "The same parameters and memberships as /api/v1/comparisons/truth-table, one row per case "
                    + "coded on every dimension named (by case id), 1 where the case's resolved codes include the "
                    + "code and 0 where they do not; cases coded on only some of them are left out (the truth "
                    + "table lists them). A column is named after its dimension:code in upper case with every other "
                    + "character an underscore (strategy-stage:network → STRATEGY_STAGE_NETWORK), conditions first, "
                    + "the outcome last. In R: d <- read.csv(f, fileEncoding = \"UTF-8-BOM\", row.names = 1); "
                    + "QCA::truthTable(d[, -1], outcome = \"…\"). UTF-8 with a byte order mark, CRLF.")
    @Parameter(name = "outcome", required = true, description = "dimension:code, e.g. strategy-stage:network")
    @Parameter(name = "conditions", required = true, description = "comma-separated dimension:code, at most 20")
    @Parameter(name = "year", description = "default 2025")
    @APIResponse(responseCode = "200", description = "the matrix, as an attachment", content = @Content(
            mediaType = CsvRows.MEDIA_TYPE, examples = @ExampleObject(name = "csv", ref = "qcaMatrixCsv")))
    @APIResponse(responseCode = "400", description = "an outcome or condition that is not dimension:code of the "
            + "codebook version, or two that give one column name", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response matrix(@Context UriInfo uri, @Context HttpHeaders headers) {
        TruthTableQuery query = ComparisonResource.truthTableQuery(QueryParameters.strict(uri.getQueryParameters(),
                ComparisonResource.TRUTH_TABLE), headers, config, callers.current());
        TruthTableRead.QcaCases data = truthTable.cases(query);
        List<String> header = new ArrayList<>(List.of("case", "case_id"));
        data.conditions().forEach(condition -> header.add(column(condition)));
        header.add(column(data.outcome()));
        if (new HashSet<>(header).size() != header.size()) {
            throw ProblemException.invalid("conditions", "two of the outcome and conditions give one column name "
                    + header.subList(2, header.size()));
        }
        Map<String, String> slugs = scopes.slugsOf(data.cases().stream().map(TruthTable.QcaCase::caseId).toList());
        StreamingOutput body = out -> {
            try (CsvRows rows = CsvRows.open(out, header)) {
                for (TruthTable.QcaCase qcaCase : data.cases()) {
                    List<Object> row = new ArrayList<>(List.of(slugs.getOrDefault(qcaCase.caseId(), ""),
                            qcaCase.caseId()));
                    data.conditions().forEach(condition -> row.add(crisp(qcaCase.conditions().get(condition))));
                    row.add(crisp(qcaCase.outcome()));
                    rows.row(row);
                }
            }
        };
        return Response.ok(body, CsvRows.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"qca-" + query.scope().years().from() + ".csv\"").build();
    }

    /** A name R and the QCA package take as it is. */
    static String column(String membership) {
        return membership.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static int crisp(boolean member) {
        return member ? 1 : 0;
    }
}
