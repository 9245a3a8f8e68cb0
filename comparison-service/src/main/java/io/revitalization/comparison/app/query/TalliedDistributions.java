package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.Distribution;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.comparison.persistence.TallyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Distributions per group and year read from the tallies (a row per group, year and code, whatever the number of
 * cases), for the distributions and the trend.
 */
@ApplicationScoped
public class TalliedDistributions {
    private final TallyRepository tallies;

    public TalliedDistributions(TallyRepository tallies) {
        this.tallies = tallies;
    }

    /** The groups' distributions on a dimension in the scope's years, by group key and year. */
    public Map<String, Map<Integer, Distribution>> of(CodebookVersion codebook, CodebookDimension dimension,
                                                      ComparisonScope scope, Collection<GroupRef> groups) {
        YearRange years = scope.years();
        CodeScale scale = dimension.codeScale();
        Map<String, Map<Integer, List<TallyRepository.Row>>> rows = tallies.read(codebook.codebookId,
                        codebook.version, dimension.id(), Selections.key(scope.selection()),
                        groups.iterator().next().grouping().key(), groups.stream().map(GroupRef::key).toList(),
                        years.from(), years.to(), ListedCases.LIMIT).stream()
                .collect(Collectors.groupingBy(TallyRepository.Row::groupKey,
                        Collectors.groupingBy(TallyRepository.Row::year)));
        return groups.stream().distinct().collect(Collectors.toMap(GroupRef::key, group -> years.years().stream()
                .collect(Collectors.toMap(year -> year, year -> distributionOf(
                        rows.getOrDefault(group.key(), Map.of()).getOrDefault(year, List.of()), scale)))));
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
}
