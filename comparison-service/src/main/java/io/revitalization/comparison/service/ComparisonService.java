package io.revitalization.comparison.service;

import io.revitalization.comparison.analysis.CodeScale;
import io.revitalization.comparison.analysis.CoincidenceCount;
import io.revitalization.comparison.analysis.CodedUnit;
import io.revitalization.comparison.analysis.CoderSelection;
import io.revitalization.comparison.analysis.Coding;
import io.revitalization.comparison.analysis.ComparisonSettings;
import io.revitalization.comparison.analysis.Distribution;
import io.revitalization.comparison.analysis.Group;
import io.revitalization.comparison.analysis.GroupComparison;
import io.revitalization.comparison.analysis.GroupDistance;
import io.revitalization.comparison.analysis.JensenShannon;
import io.revitalization.comparison.analysis.KrippendorffAlpha;
import io.revitalization.comparison.analysis.ListedCases;
import io.revitalization.comparison.analysis.MinimumSample;
import io.revitalization.comparison.analysis.OverviewTable;
import io.revitalization.comparison.analysis.PercentAgreement;
import io.revitalization.comparison.analysis.Trend;
import io.revitalization.comparison.analysis.TruthTable;
import io.revitalization.comparison.analysis.YearRange;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.repository.CaseGroupRepository;
import io.revitalization.comparison.repository.CodebookRepository;
import io.revitalization.comparison.repository.LiveCaseCountRepository;
import io.revitalization.comparison.repository.ReliabilityTallyRepository;
import io.revitalization.comparison.repository.TallyRepository;
import io.revitalization.comparison.repository.UnitCodingRepository;
import io.revitalization.comparison.repository.UnitCodingRepository.DimensionCoding;
import io.revitalization.comparison.service.ComparisonResults.BootstrapSettings;
import io.revitalization.comparison.service.ComparisonResults.CodebookRef;
import io.revitalization.comparison.service.ComparisonResults.DimensionLegend;
import io.revitalization.comparison.service.ComparisonResults.DimensionReliability;
import io.revitalization.comparison.service.ComparisonResults.GroupDistributions;
import io.revitalization.comparison.service.ComparisonResults.TrendYear;
import io.revitalization.comparison.service.ComparisonResults.Unresolved;
import io.revitalization.comparison.service.ComparisonResults.YearDistribution;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.problem.ProblemException;
import jakarta.transaction.Transactional;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The comparison engine over the stored data. Distributions and trends read the tallies (a row per group, year and
 * code, whatever the number of cases), the overview too ({@link OverviewCells}), reliability its counts per
 * dimension and year ({@link ReliabilityTallies}); the distance's bootstrap and the truth table need the codings
 * themselves, so their cost grows with the codings they cover. Each is called inside
 * {@link Snapshots#compute}, so it sees one consistent state, and its result is cached per data version.
 */
@ApplicationScoped
public class ComparisonService {
    private final Scopes scopes;
    private final TallyRepository tallies;
    private final UnitCodingRepository codings;
    private final CaseGroupRepository caseGroups;
    private final LiveCaseCountRepository liveCases;
    private final CodebookRepository codebooks;
    private final OverviewCells overviewCells;
    private final ReliabilityTallyRepository reliabilityCounts;

    public ComparisonService(Scopes scopes, TallyRepository tallies, UnitCodingRepository codings,
                             CaseGroupRepository caseGroups, LiveCaseCountRepository liveCases,
                             CodebookRepository codebooks, OverviewCells overviewCells,
                             ReliabilityTallyRepository reliabilityCounts) {
        this.scopes = scopes;
        this.tallies = tallies;
        this.codings = codings;
        this.caseGroups = caseGroups;
        this.liveCases = liveCases;
        this.codebooks = codebooks;
        this.overviewCells = overviewCells;
        this.reliabilityCounts = reliabilityCounts;
    }

    public ComparisonResults.Distributions distributions(ComparisonQueries.Distributions query, long dataVersion) {
        ComparisonQueries.Scope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        CodebookDimension dimension = scopes.dimension(codebook, query.dimension());
        List<GroupRef> groups = scopes.groups(query.groupBy(), query.groups(), "groups");
        Map<String, Map<Integer, List<TallyRepository.Row>>> rows = tallyRows(codebook, dimension, scope, groups);
        MinimumSample minimum = new MinimumSample(scope.minCases());
        Set<String> caseIds = new TreeSet<>();
        List<GroupDistributions> results = groups.stream().map(group -> {
            List<YearDistribution> years = scope.years().years().stream().map(year -> {
                Distribution distribution = distributionOf(rowsOf(rows, group, year), dimension.codeScale());
                caseIds.addAll(distribution.caseIds());
                return new YearDistribution(year, !minimum.isMetBy(distribution.n()), distribution);
            }).toList();
            return new GroupDistributions(scopes.labelOf(group, scope.languages()), years);
        }).toList();
        return new ComparisonResults.Distributions(dataVersion, scopes.refOf(codebook),
                scopes.legendOf(dimension, scope.languages()), query.groupBy().key(),
                Selections.key(scope.selection()), scope.years(), scope.minCases(), results, scopes.slugsOf(caseIds));
    }

    public ComparisonResults.Distance distance(ComparisonQueries.Distance query, long dataVersion) {
        ComparisonQueries.Scope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        CodebookDimension dimension = scopes.dimension(codebook, query.dimension());
        GroupRef a = scopes.group(query.groupBy(), query.a(), "a");
        GroupRef b = scopes.group(query.groupBy(), query.b(), "b");
        List<Unresolved> unresolved = new ArrayList<>();
        Group first = new Group(a.key(), units(codebook, dimension.id(), a, scope, unresolved));
        Group second = new Group(b.key(), units(codebook, dimension.id(), b, scope, unresolved));
        List<GroupDistance> byYear = GroupComparison.byYear(dimension.codeScale(), first, second, scope.years(),
                new ComparisonSettings(new MinimumSample(scope.minCases()), query.bootstrap()));
        Set<String> caseIds = new TreeSet<>();
        byYear.forEach(year -> {
            caseIds.addAll(year.first().distribution().caseIds());
            caseIds.addAll(year.second().distribution().caseIds());
        });
        return new ComparisonResults.Distance(dataVersion, scopes.refOf(codebook),
                scopes.legendOf(dimension, scope.languages()), query.groupBy().key(),
                Selections.key(scope.selection()), scope.years(), scope.minCases(),
                new BootstrapSettings(query.bootstrap().replicates(), query.bootstrap().confidenceLevel(),
                        query.bootstrap().seed()),
                scopes.labelOf(a, scope.languages()), scopes.labelOf(b, scope.languages()), byYear,
                unresolved.size(), firstOf(unresolved),
                scopes.slugsOf(caseIds));
    }

    public ComparisonResults.TrendResult trend(ComparisonQueries.Trend query, long dataVersion) {
        ComparisonQueries.Scope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        CodebookDimension dimension = scopes.dimension(codebook, query.dimension());
        ComparisonQueries.Gap gap = query.gap() == null ? ComparisonQueries.Gap.JSD : query.gap();
        if (gap == ComparisonQueries.Gap.MEAN && !dimension.isOrdinal()) {
            throw ProblemException.invalid("gap", "'mean' needs an ordinal dimension; '" + dimension.id()
                    + "' is " + dimension.codeScale().level().name().toLowerCase());
        }
        GroupRef a = scopes.group(query.groupBy(), query.a(), "a");
        GroupRef b = scopes.group(query.groupBy(), query.b(), "b");
        Map<String, Map<Integer, List<TallyRepository.Row>>> rows = tallyRows(codebook, dimension, scope, List.of(a, b));
        MinimumSample minimum = new MinimumSample(scope.minCases());
        CodeScale codeScale = dimension.codeScale();
        List<TrendYear> years = new ArrayList<>();
        List<Trend.YearValue> points = new ArrayList<>();
        List<Integer> excluded = new ArrayList<>();
        Set<String> caseIds = new TreeSet<>();
        for (int year : scope.years().years()) {
            Distribution first = distributionOf(rowsOf(rows, a, year), codeScale);
            Distribution second = distributionOf(rowsOf(rows, b, year), codeScale);
            caseIds.addAll(first.caseIds());
            caseIds.addAll(second.caseIds());
            boolean insufficient = !minimum.isMetBy(first.n()) || !minimum.isMetBy(second.n());
            Double value = first.n() == 0 || second.n() == 0 ? null : gapOf(gap, first, second, codeScale);
            if (insufficient || value == null) {
                excluded.add(year);
            } else {
                points.add(new Trend.YearValue(year, value));
            }
            years.add(new TrendYear(year, first.n(), second.n(), first.caseIds(), second.caseIds(), insufficient, value));
        }
        Trend fitted = Trend.ofSeries(points, query.confidenceLevel());
        Trend trend = new Trend(fitted.verdict(), fitted.slope(), fitted.slopeInterval(), fitted.points(), excluded);
        return new ComparisonResults.TrendResult(dataVersion, scopes.refOf(codebook),
                scopes.legendOf(dimension, scope.languages()), query.groupBy().key(),
                Selections.key(scope.selection()), scope.years(), scope.minCases(),
                scopes.labelOf(a, scope.languages()), scopes.labelOf(b, scope.languages()),
                gap.name().toLowerCase(), years, trend, scopes.slugsOf(caseIds));
    }

    public ComparisonResults.Overview overview(ComparisonQueries.Overview query, long dataVersion) {
        ComparisonQueries.Scope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        List<GroupRef> groups = scopes.groups(query.groupBy(), query.groups(), "groups");
        List<OverviewTable.Cell> cells = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        int unresolvedCount = 0;
        for (CodebookDimension dimension : codebook.dimensions) {
            for (GroupRef group : groups) {
                OverviewCells.Result result = overviewCells.cell(codebook, dimension.id(), group, scope,
                        OverviewTable.Settings.DEFAULT, ListedCases.LIMIT - unresolved.size());
                cells.add(result.cell());
                unresolvedCount += result.unresolved();
                unresolved.addAll(result.firstUnresolved());
            }
        }
        Set<String> caseIds = new TreeSet<>();
        cells.forEach(cell -> {
            caseIds.addAll(cell.caseIds());
            cell.dominantCodes().forEach(code -> {
                caseIds.addAll(code.caseIds());
                code.exemplars().forEach(exemplar -> caseIds.add(exemplar.caseId()));
            });
        });
        return new ComparisonResults.Overview(dataVersion, scopes.refOf(codebook), query.groupBy().key(),
                Selections.key(scope.selection()), scope.years(),
                groups.stream().map(group -> scopes.labelOf(group, scope.languages())).toList(),
                codebook.dimensions.stream().map(dimension -> scopes.legendOf(dimension, scope.languages())).toList(),
                cells, unresolvedCount, unresolved, scopes.slugsOf(caseIds));
    }

    public ComparisonResults.Reliability reliability(ComparisonQueries.Reliability query, long dataVersion) {
        ComparisonQueries.Scope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        List<CodebookDimension> dimensions = query.dimension() == null ? codebook.dimensions
                : List.of(scopes.dimension(codebook, query.dimension()));
        YearRange years = scope.years();
        Map<String, List<CoincidenceCount>> coincidences = reliabilityCounts.coincidences(codebook.codebookId,
                        codebook.version, query.dimension(), years.from(), years.to()).stream()
                .collect(Collectors.groupingBy(ReliabilityTallyRepository.Coincidence::dimension,
                        Collectors.mapping(ReliabilityTallyRepository.Coincidence::count, Collectors.toList())));
        Map<String, List<ReliabilityTallyRepository.CoderPair>> coderPairs = reliabilityCounts.coderPairs(
                        codebook.codebookId, codebook.version, query.dimension(), years.from(), years.to()).stream()
                .collect(Collectors.groupingBy(ReliabilityTallyRepository.CoderPair::dimension));
        List<DimensionReliability> results = dimensions.stream().map(dimension -> reliabilityOf(
                scopes.legendOf(dimension, scope.languages()), dimension,
                coincidences.getOrDefault(dimension.id(), List.of()),
                coderPairs.getOrDefault(dimension.id(), List.of()))).toList();
        return new ComparisonResults.Reliability(dataVersion, scopes.refOf(codebook), years, results);
    }

    /** One dimension's reliability from its counts; a coder paired with itself gives its codings. */
    private static DimensionReliability reliabilityOf(DimensionLegend legend, CodebookDimension dimension,
                                                      List<CoincidenceCount> counts,
                                                      List<ReliabilityTallyRepository.CoderPair> coderPairs) {
        Map<List<String>, PercentAgreement.Shared> shared = new HashMap<>();
        Map<String, Integer> codingsByCoder = new TreeMap<>();
        coderPairs.forEach(pair -> {
            shared.put(List.of(pair.first(), pair.second()), new PercentAgreement.Shared(pair.units(),
                    pair.agreements()));
            if (pair.first().equals(pair.second())) {
                codingsByCoder.put(pair.first(), pair.units());
            }
        });
        Set<String> coders = codingsByCoder.keySet();
        return new DimensionReliability(legend, codingsByCoder.values().stream().mapToInt(Integer::intValue).sum(),
                KrippendorffAlpha.nominal(counts, coders),
                dimension.isOrdinal() ? KrippendorffAlpha.ordinal(counts, coders, dimension.codeScale()) : null,
                PercentAgreement.pairwise(coders, (first, second) -> shared.getOrDefault(List.of(first, second),
                        PercentAgreement.Shared.NONE)));
    }

    public ComparisonResults.TruthTableResult truthTable(ComparisonQueries.TruthTable query, long dataVersion) {
        ComparisonQueries.Scope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        int year = scope.years().from();
        Membership outcome = membership(codebook, query.outcome(), "outcome");
        List<Membership> conditions = new ArrayList<>();
        for (int i = 0; i < query.conditions().size(); i++) {
            conditions.add(membership(codebook, query.conditions().get(i), "conditions[" + i + "]"));
        }
        Set<String> inGroups = query.groups().isEmpty() ? null : scopes.groups(query.groupBy(), query.groups(), "groups")
                .stream().flatMap(group -> caseGroups.casesOf(group).stream()).map(Object::toString)
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
                conditions.forEach(condition -> memberships.put(condition.name(), condition.holdsFor(caseId,
                        codesByDimension)));
                cases.add(new TruthTable.QcaCase(caseId, memberships, outcome.holdsFor(caseId, codesByDimension)));
            } else {
                leftOut.add(caseId);
            }
        }
        List<String> names = conditions.stream().map(Membership::name).toList();
        if (new HashSet<>(names).size() != names.size()) {
            throw ProblemException.invalid("conditions", "each condition may be named once");
        }
        TruthTable table = TruthTable.of(outcome.name(), names, cases);
        List<ComparisonResults.TruthTableRow> rows = table.rows().stream().map(row -> {
            Map<String, Boolean> configuration = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                configuration.put(names.get(i), row.configuration().get(i));
            }
            return new ComparisonResults.TruthTableRow(row.configuration(), row.n(), row.caseIds(),
                    row.caseIdsWithOutcome(), row.consistency(),
                    TruthTable.fit(List.of(configuration), cases).coverage());
        }).toList();
        List<String> leftOutListed = ListedCases.first(leftOut);
        Set<String> caseIds = new TreeSet<>(leftOutListed);
        rows.forEach(row -> {
            caseIds.addAll(row.caseIds());
            caseIds.addAll(row.caseIdsWithOutcome());
        });
        return new ComparisonResults.TruthTableResult(dataVersion, scopes.refOf(codebook), year,
                Selections.key(scope.selection()), outcome.name(), names, table.n(), rows, table.logicalRemainders(),
                leftOut.size(), leftOutListed, scopes.slugsOf(caseIds));
    }

    /** The cases behind a figure, in id order, a page at a time. */
    @Transactional
    public Page<ComparisonResults.CaseBehind> casesBehind(ComparisonQueries.CasesBehind query, PageRequest page) {
        ComparisonQueries.Scope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        CodebookDimension dimension = scopes.dimension(codebook, query.dimension());
        if (query.code() != null && dimension.code(query.code()).isEmpty()) {
            throw ProblemException.invalid("code", "'" + query.code() + "' is not a code of dimension '"
                    + dimension.id() + "'");
        }
        GroupRef group = scopes.group(query.groupBy(), query.group(), "group");
        Optional<UUID> after = page.decodedCursor(1).map(cursor -> caseIdIn(cursor.value(0)));
        List<TallyRepository.CaseBehind> rows = tallies.casesBehind(codebook.codebookId, codebook.version,
                dimension.id(), Selections.key(scope.selection()), group,
                query.code() == null ? TallyRepository.WHOLE : query.code(), scope.years().from(), scope.years().to(),
                after, page.fetchSize());
        return Page.fromRows(rows, page, row -> Cursor.of(row.id().toString()))
                .map(row -> new ComparisonResults.CaseBehind(row.id().toString(), row.slug()));
    }

    private static List<Unresolved> firstOf(List<Unresolved> unresolved) {
        return unresolved.stream().limit(ListedCases.LIMIT).toList();
    }

    private static UUID caseIdIn(String cursorValue) {
        try {
            return UUID.fromString(cursorValue);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list returned");
        }
    }

    /** "dimension:code": a case is a member when its resolved codes on the dimension include the code. */
    private record Membership(String name, String dimension, String code) {
        boolean holdsFor(String caseId, Map<String, Map<String, List<String>>> codesByDimension) {
            return codesByDimension.get(dimension).get(caseId).contains(code);
        }
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

    public ComparisonResults.Summary summary(long dataVersion) {
        Map<String, Long> byCountry = liveCases.byCountry();
        List<CodebookRef> refs = codebooks.listAll().stream()
                .map(codebook -> new CodebookRef(codebook.id, codebook.slug, codebook.latestVersion))
                .sorted(Comparator.comparing(CodebookRef::slug)).toList();
        return new ComparisonResults.Summary(dataVersion, byCountry.values().stream().mapToLong(Long::longValue).sum(),
                byCountry, refs);
    }

    /** The resolved units of a group's cases on one dimension; units the selection cannot resolve are reported. */
    private List<CodedUnit> units(CodebookVersion codebook, String dimension, GroupRef group,
                                  ComparisonQueries.Scope scope, List<Unresolved> unresolved) {
        List<Coding> groupCodings = codings.ofGroup(codebook.codebookId, codebook.version, dimension, group,
                scope.years().from(), scope.years().to());
        CoderSelection.Resolution resolution = scope.selection().resolve(groupCodings);
        resolution.unresolved().forEach(unit -> unresolved.add(new Unresolved(group.key(), unit.caseId(), unit.year(),
                unit.reason().name())));
        return resolution.units();
    }

    private Map<String, Map<Integer, List<TallyRepository.Row>>> tallyRows(CodebookVersion codebook,
                                                                           CodebookDimension dimension,
                                                                           ComparisonQueries.Scope scope,
                                                                           Collection<GroupRef> groups) {
        YearRange years = scope.years();
        return tallies.read(codebook.codebookId, codebook.version, dimension.id(), Selections.key(scope.selection()),
                        groups.iterator().next().grouping().key(), groups.stream().map(GroupRef::key).toList(),
                        years.from(), years.to(), ListedCases.LIMIT).stream()
                .collect(Collectors.groupingBy(TallyRepository.Row::groupKey,
                        Collectors.groupingBy(TallyRepository.Row::year)));
    }

    private static List<TallyRepository.Row> rowsOf(Map<String, Map<Integer, List<TallyRepository.Row>>> rows,
                                                    GroupRef group, int year) {
        return rows.getOrDefault(group.key(), Map.of()).getOrDefault(year, List.of());
    }

    /**
     * A distribution from tally rows: the same shares {@link Distribution#of(Collection, CodeScale)} computes from
     * the units, since every case-year weighs 1 in total and the rows hold each code's summed weight; the group-year's
     * own row ({@link TallyRepository#WHOLE}) counts and lists its cases.
     */
    static Distribution distributionOf(List<TallyRepository.Row> rows, CodeScale scale) {
        Map<String, TallyRepository.Row> byCode = rows.stream()
                .collect(Collectors.toMap(TallyRepository.Row::code, row -> row));
        TallyRepository.Row whole = byCode.get(TallyRepository.WHOLE);
        int n = whole == null ? 0 : whole.cases();
        List<Distribution.CodeShare> shares = scale.codes().stream().map(code -> {
            TallyRepository.Row row = byCode.get(code);
            return row == null ? new Distribution.CodeShare(code, 0, 0, List.of())
                    : new Distribution.CodeShare(code, row.weight().doubleValue() / n, row.cases(),
                    row.firstCaseIds());
        }).toList();
        return new Distribution(n, whole == null ? List.of() : whole.firstCaseIds(), shares);
    }

    private static double gapOf(ComparisonQueries.Gap gap, Distribution first, Distribution second, CodeScale scale) {
        if (gap == ComparisonQueries.Gap.JSD) {
            return JensenShannon.distance(first, second);
        }
        return Math.abs(meanPosition(first, scale) - meanPosition(second, scale));
    }

    /** The mean code position (first code = 1) of a distribution on an ordinal scale. */
    private static double meanPosition(Distribution distribution, CodeScale scale) {
        double weighted = distribution.shares().stream()
                .mapToDouble(share -> share.share() * scale.position(share.code())).sum();
        double total = distribution.shares().stream().mapToDouble(Distribution.CodeShare::share).sum();
        return weighted / total;
    }
}
