package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.analysis.CaseConfiguration;
import io.revitalization.comparison.domain.analysis.CaseConfiguration.Membership;
import io.revitalization.comparison.domain.analysis.CodedUnit;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.domain.analysis.TruthTable;
import io.revitalization.comparison.persistence.CaseGroupRepository;
import io.revitalization.comparison.persistence.ConfigurationTallyRepository;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import io.revitalization.comparison.persistence.UnitCodingRepository.DimensionCoding;
import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A crisp-set truth table in one year, from the configuration tallies ({@link
 * io.revitalization.comparison.app.readmodel.Configurations}) where they hold the answer, so its cost does not grow
 * with the cases; the data matrix ({@link #cases}) and the other tables resolve the codings of the year themselves.
 */
@ApplicationScoped
public class TruthTableRead {
    private final Scopes scopes;
    private final UnitCodingRepository codings;
    private final CaseGroupRepository caseGroups;
    private final ConfigurationTallyRepository configurations;

    public TruthTableRead(Scopes scopes, UnitCodingRepository codings, CaseGroupRepository caseGroups,
                          ConfigurationTallyRepository configurations) {
        this.scopes = scopes;
        this.codings = codings;
        this.caseGroups = caseGroups;
        this.configurations = configurations;
    }

    /**
     * Each case coded on every dimension of the outcome and conditions in the year, with its crisp memberships
     * (the data matrix behind the truth table), and the cases coded on only some of them.
     */
    @Transactional
    public QcaCases cases(TruthTableQuery query) {
        ComparisonScope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        int year = scope.years().from();
        Membership outcome = membership(codebook, query.outcome(), "outcome");
        List<Membership> conditions = conditions(codebook, query);
        Set<String> inGroups = query.groups().isEmpty() ? null : scopes.groups(query.groupBy(), query.groups(), "groups")
                .stream().flatMap(group -> caseGroups.casesOf(group, year).stream()).map(Object::toString)
                .collect(Collectors.toSet());
        Map<String, List<Coding>> byDimension = codings.ofLiveCases(codebook.codebookId, codebook.version, null, year,
                        year).stream()
                .filter(coding -> inGroups == null || inGroups.contains(coding.coding().caseId()))
                .collect(Collectors.groupingBy(DimensionCoding::dimension,
                        Collectors.mapping(DimensionCoding::coding, Collectors.toList())));
        Map<String, Map<String, List<String>>> codesByDimension = new TreeMap<>();
        Stream.concat(Stream.of(outcome), conditions.stream()).map(Membership::dimension).distinct()
                .forEach(dimension -> codesByDimension.put(dimension, scope.selection()
                        .resolve(byDimension.getOrDefault(dimension, List.of())).units().stream()
                        .collect(Collectors.toMap(CodedUnit::caseId, CodedUnit::codes))));
        Set<String> coded = new TreeSet<>();
        codesByDimension.values().forEach(codes -> coded.addAll(codes.keySet()));
        List<TruthTable.QcaCase> cases = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (String caseId : coded) {
            if (codesByDimension.values().stream().allMatch(codes -> codes.containsKey(caseId))) {
                Map<String, Boolean> memberships = new LinkedHashMap<>();
                conditions.forEach(condition -> memberships.put(condition.name(), condition.holdsFor(codesOf(caseId,
                        codesByDimension))));
                cases.add(new TruthTable.QcaCase(caseId, memberships, outcome.holdsFor(codesOf(caseId, codesByDimension))));
            } else {
                leftOut.add(caseId);
            }
        }
        return new QcaCases(outcome.name(), conditions.stream().map(Membership::name).toList(), cases, leftOut);
    }

    private List<Membership> conditions(CodebookVersion codebook, TruthTableQuery query) {
        List<Membership> conditions = new ArrayList<>();
        for (int i = 0; i < query.conditions().size(); i++) {
            conditions.add(membership(codebook, query.conditions().get(i), "conditions[" + i + "]"));
        }
        if (conditions.stream().map(Membership::name).distinct().count() != conditions.size()) {
            throw ProblemException.invalid("conditions", "each condition may be named once");
        }
        return conditions;
    }

    /**
     * From the configuration tallies when they hold the answer (every case, one group, or countries, which share no
     * case; not under all coders, nor on a database coded before the tallies existed), else from the codings.
     */
    @Transactional
    public TruthTableView read(TruthTableQuery query, long dataVersion) {
        ComparisonScope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        Membership outcome = membership(codebook, query.outcome(), "outcome");
        List<Membership> conditions = conditions(codebook, query);
        boolean tallied = scope.selection().rule() != CoderSelection.Rule.ALL_CODERS
                && (query.groups().size() <= 1 || query.groupBy() == Grouping.COUNTRY) && configurations.complete();
        return tallied ? fromTallies(query, codebook, outcome, conditions, dataVersion) : fromCodings(query, dataVersion);
    }

    private TruthTableView fromTallies(TruthTableQuery query, CodebookVersion codebook, Membership outcome,
                                       List<Membership> conditions, long dataVersion) {
        ComparisonScope scope = query.scope();
        int year = scope.years().from();
        String grouping = ConfigurationTallyRepository.EVERY_CASE;
        List<String> keys = List.of(ConfigurationTallyRepository.EVERY_CASE);
        if (!query.groups().isEmpty()) {
            grouping = query.groupBy().key();
            keys = scopes.groups(query.groupBy(), query.groups(), "groups").stream().map(GroupRef::key).distinct()
                    .toList();
        }
        CaseConfiguration.Table tallied = CaseConfiguration.table(outcome, conditions, configurations.read(
                codebook.codebookId, codebook.version, Selections.key(scope.selection()), grouping, keys, year,
                ListedCases.LIMIT));
        TruthTable table = tallied.table();
        List<TruthTableView.TruthTableRow> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            TruthTable.Row row = table.rows().get(i);
            rows.add(new TruthTableView.TruthTableRow(row.configuration(), row.n(), row.caseIds(),
                    row.caseIdsWithOutcome(), row.consistency(), tallied.coverages().get(i)));
        }
        return view(scope, codebook, table, rows, tallied.leftOut(), tallied.leftOutListed(), dataVersion);
    }

    private TruthTableView fromCodings(TruthTableQuery query, long dataVersion) {
        ComparisonScope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        QcaCases data = cases(query);
        List<String> names = data.conditions();
        List<TruthTable.QcaCase> cases = data.cases();
        List<String> leftOut = data.leftOut();
        TruthTable table = TruthTable.of(data.outcome(), names, cases);
        List<TruthTableView.TruthTableRow> rows = table.rows().stream().map(row -> {
            Map<String, Boolean> configuration = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                configuration.put(names.get(i), row.configuration().get(i));
            }
            return new TruthTableView.TruthTableRow(row.configuration(), row.n(), row.caseIds(),
                    row.caseIdsWithOutcome(), row.consistency(),
                    TruthTable.fit(List.of(configuration), cases).coverage());
        }).toList();
        return view(scope, codebook, table, rows, leftOut.size(), ListedCases.first(leftOut), dataVersion);
    }

    private TruthTableView view(ComparisonScope scope, CodebookVersion codebook, TruthTable table,
                                List<TruthTableView.TruthTableRow> rows, int leftOut, List<String> leftOutListed,
                                long dataVersion) {
        Set<String> caseIds = new TreeSet<>(leftOutListed);
        rows.forEach(row -> {
            caseIds.addAll(row.caseIds());
            caseIds.addAll(row.caseIdsWithOutcome());
        });
        return new TruthTableView(dataVersion, scopes.refOf(codebook, scope), scope.years().from(),
                Selections.key(scope.selection()), table.outcome(), table.conditions(), table.n(), rows,
                table.logicalRemainders(), leftOut, leftOutListed, scopes.slugsOf(caseIds));
    }

    /** @param cases by case id */
    public record QcaCases(String outcome, List<String> conditions, List<TruthTable.QcaCase> cases,
                           List<String> leftOut) {
    }

    private static Map<String, List<String>> codesOf(String caseId, Map<String, Map<String, List<String>>> codesByDimension) {
        Map<String, List<String>> codes = new TreeMap<>();
        codesByDimension.forEach((dimension, byCase) -> codes.put(dimension, byCase.get(caseId)));
        return codes;
    }

    private Membership membership(CodebookVersion codebook, String name, String field) {
        int colon = name.indexOf(':');
        if (colon < 1 || colon == name.length() - 1) {
            throw ProblemException.invalid(field, "must be dimension:code, e.g. strategy-stage:network");
        }
        String dimensionId = name.substring(0, colon);
        String code = name.substring(colon + 1);
        CodebookDimension dimension = codebook.dimension(dimensionId).orElseThrow(() -> ProblemException.invalid(field,
                "'" + dimensionId + "' is not a dimension of this codebook version"));
        if (dimension.code(code).isEmpty()) {
            throw ProblemException.invalid(field, "'" + code + "' is not a code of dimension '" + dimensionId + "'");
        }
        return new Membership(name, dimensionId, code);
    }
}
