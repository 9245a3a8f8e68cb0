package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.CodebookCode;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.Evidence;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.domain.analysis.CasePaths;
import io.revitalization.comparison.domain.analysis.OverviewTable;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.persistence.CodingRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The source's comparison table: the codebook's rows (dimensions with the text's row label, in the text's order,
 * dimensions sharing a position in one row), each cell computed as an overview cell ({@link OverviewCells}), with the
 * exemplars' quotes and locators, and the paths of path dimensions.
 */
@ApplicationScoped
public class TableRead {
    /** The source compares Japan and Taiwan. */
    static final List<String> DEFAULT_COUNTRIES = List.of("JP", "TW");

    private final Scopes scopes;
    private final OverviewCells overviewCells;
    private final CodingRepository codingRows;
    private final TalliedPaths talliedPaths;

    public TableRead(Scopes scopes, OverviewCells overviewCells, CodingRepository codingRows,
                     TalliedPaths talliedPaths) {
        this.scopes = scopes;
        this.overviewCells = overviewCells;
        this.codingRows = codingRows;
        this.talliedPaths = talliedPaths;
    }

    public TableView read(TableQuery query, long dataVersion) {
        ComparisonScope scope = query.scope();
        List<String> languages = scope.languages();
        CodebookVersion codebook = scopes.codebook(scope);
        List<String> keys = query.groups().isEmpty() && query.groupBy() == Grouping.COUNTRY ? DEFAULT_COUNTRIES
                : query.groups();
        List<GroupRef> groups = scopes.groups(query.groupBy(), keys, "groups");
        Set<String> caseIds = new TreeSet<>();
        List<TableView.Row> rows = new ArrayList<>();
        for (List<CodebookDimension> row : rowsOf(codebook.dimensions)) {
            CodebookDimension first = row.get(0);
            boolean inText = first.rowLabel() != null;
            List<TableView.RowDimension> dimensions = row.stream().map(dimension -> new TableView.RowDimension(
                    scopes.legendOf(dimension, languages), groups.stream()
                    .map(group -> cell(codebook, dimension, group, scope, caseIds)).toList())).toList();
            rows.add(new TableView.Row(first.rowOrder(), inText, inText ? first.rowLabel() : first.label(),
                    Scopes.display(inText ? first.rowLabel() : first.label(), languages, first.id()),
                    first.insight(), first.insight() == null ? null : Scopes.display(first.insight(), languages, null),
                    first.rowEvidence(), dimensions));
        }
        return new TableView(dataVersion, scopes.refOf(codebook, scope), query.groupBy().key(),
                Selections.key(scope.selection()), scope.weighting().key(), scope.years(),
                groups.stream().map(group -> scopes.labelOf(group, languages)).toList(), rows,
                scopes.slugsOf(caseIds));
    }

    /**
     * The text's rows in its order (dimensions with one position together, in codebook order), then each dimension
     * the text draws in no row as a row of its own, in codebook order.
     */
    static List<List<CodebookDimension>> rowsOf(List<CodebookDimension> dimensions) {
        Map<Integer, List<CodebookDimension>> byOrder = new TreeMap<>();
        List<List<CodebookDimension>> unordered = new ArrayList<>();
        for (CodebookDimension dimension : dimensions) {
            if (dimension.rowLabel() != null && dimension.rowOrder() != null) {
                byOrder.computeIfAbsent(dimension.rowOrder(), order -> new ArrayList<>()).add(dimension);
            } else {
                unordered.add(List.of(dimension));
            }
        }
        List<List<CodebookDimension>> rows = new ArrayList<>(byOrder.values());
        unordered.stream().filter(row -> row.get(0).rowLabel() != null).forEach(rows::add);
        unordered.stream().filter(row -> row.get(0).rowLabel() == null).forEach(rows::add);
        return rows;
    }

    private TableView.Cell cell(CodebookVersion codebook, CodebookDimension dimension, GroupRef group,
                                ComparisonScope scope, Set<String> caseIds) {
        OverviewTable.Cell cell = overviewCells.cell(codebook, dimension.id(), group, scope,
                OverviewTable.Settings.DEFAULT, 0).cell();
        caseIds.addAll(cell.caseIds());
        List<TableView.CodeCell> codes = cell.dominantCodes().stream().map(code -> {
            caseIds.addAll(code.caseIds());
            List<TableView.Exemplar> exemplars = code.exemplars().stream().map(exemplar -> {
                caseIds.add(exemplar.caseId());
                return new TableView.Exemplar(exemplar.caseId(), exemplar.year(), exemplar.confidence(),
                        quotes(codebook, dimension, exemplar));
            }).toList();
            String label = dimension.code(code.code()).map(CodebookCode::label)
                    .map(text -> Scopes.display(text, scope.languages(), code.code())).orElse(code.code());
            return new TableView.CodeCell(code.code(), label, code.share(), code.n(), code.caseIds(), exemplars);
        }).toList();
        return new TableView.Cell(group.key(), cell.n(), cell.caseIds(), codes,
                dimension.isPath() ? paths(codebook, dimension, group, scope, caseIds) : null);
    }

    /** The passages the exemplar's codings quote, with their sources and locators, in coder order. */
    private List<Evidence> quotes(CodebookVersion codebook, CodebookDimension dimension,
                                  OverviewTable.Exemplar exemplar) {
        return codingRows.ofUnit(new UnitRef(codebook.codebookId, codebook.version, dimension.id(),
                        UUID.fromString(exemplar.caseId()), exemplar.year())).stream()
                .filter(coding -> coding.evidenceQuote != null && exemplar.evidence().contains(coding.evidenceQuote))
                .sorted(Comparator.comparing((CaseCoding coding) -> coding.coder))
                .map(coding -> new Evidence(coding.evidenceSource, coding.evidenceLocator, coding.evidenceQuote, null))
                .distinct().toList();
    }

    private CasePaths.GroupPaths paths(CodebookVersion codebook, CodebookDimension dimension, GroupRef group,
                                       ComparisonScope scope, Set<String> caseIds) {
        CasePaths.GroupPaths paths = talliedPaths.of(codebook, dimension, group, scope);
        paths.paths().forEach(path -> caseIds.addAll(path.caseIds()));
        return paths;
    }
}
