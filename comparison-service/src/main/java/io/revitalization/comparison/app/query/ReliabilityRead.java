package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.Scale;
import io.revitalization.comparison.domain.analysis.CoincidenceCount;
import io.revitalization.comparison.domain.analysis.KrippendorffAlpha;
import io.revitalization.comparison.domain.analysis.PercentAgreement;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.comparison.persistence.ReliabilityTallyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Inter-coder reliability per dimension, from the coincidence and coder-pair counts kept per dimension and year. */
@ApplicationScoped
public class ReliabilityRead {
    private final Scopes scopes;
    private final ReliabilityTallyRepository reliabilityCounts;

    public ReliabilityRead(Scopes scopes, ReliabilityTallyRepository reliabilityCounts) {
        this.scopes = scopes;
        this.reliabilityCounts = reliabilityCounts;
    }

    public ReliabilityView read(ReliabilityQuery query, long dataVersion) {
        ComparisonScope scope = query.scope();
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
        List<ReliabilityView.DimensionReliability> results = dimensions.stream().map(dimension -> reliabilityOf(
                scopes.legendOf(dimension, scope.languages()), dimension,
                coincidences.getOrDefault(dimension.id(), List.of()),
                coderPairs.getOrDefault(dimension.id(), List.of()))).toList();
        return new ReliabilityView(dataVersion, scopes.refOf(codebook, scope), years, results);
    }

    /** One dimension's reliability from its counts; a coder paired with itself gives its codings. */
    private static ReliabilityView.DimensionReliability reliabilityOf(
            DimensionLegend legend, CodebookDimension dimension, List<CoincidenceCount> counts,
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
        return new ReliabilityView.DimensionReliability(legend,
                codingsByCoder.values().stream().mapToInt(Integer::intValue).sum(),
                KrippendorffAlpha.nominal(counts, coders),
                dimension.isRanked() ? KrippendorffAlpha.ordinal(counts, coders, dimension.codeScale()) : null,
                dimension.scale().isNumeric()
                        ? KrippendorffAlpha.interval(counts, coders, dimension.codeScale(), dimension.values()) : null,
                dimension.scale() == Scale.RATIO
                        ? KrippendorffAlpha.ratio(counts, coders, dimension.codeScale(), dimension.values()) : null,
                dimension.multiValued() ? KrippendorffAlpha.masi(counts, coders) : null,
                PercentAgreement.pairwise(coders, (first, second) -> shared.getOrDefault(List.of(first, second),
                        PercentAgreement.Shared.NONE)));
    }
}
