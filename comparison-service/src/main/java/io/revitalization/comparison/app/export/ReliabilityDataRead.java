package io.revitalization.comparison.app.export;

import io.revitalization.comparison.app.query.ComparisonScope;
import io.revitalization.comparison.app.query.Scopes;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.persistence.CodingRepository;
import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Every coder's codes of one dimension's units: the data matrix reliability is computed from, as R's
 * {@code irr::kripp.alpha} and SPSS's KALPHA read it, and the disagreements a team adjudicates.
 */
@ApplicationScoped
public class ReliabilityDataRead {
    private final Scopes scopes;
    private final CodingRepository codings;

    public ReliabilityDataRead(Scopes scopes, CodingRepository codings) {
        this.scopes = scopes;
        this.codings = codings;
    }

    /**
     * @param scope     codebook, version, years and reader; the coder selection is not used (every coder counts; an
     *                  adjudicated coding is no coder's and only stands beside the unit's codes)
     * @param dimension required; a multi-valued one is refused when {@code singleValued} (a matrix cell holds one
     *                  value)
     */
    @Transactional
    public ReliabilityData read(ComparisonScope scope, String dimension, boolean singleValued) {
        if (dimension == null) {
            throw ProblemException.invalid("dimension", "is required");
        }
        CodebookVersion codebook = scopes.codebook(scope);
        CodebookDimension found = scopes.dimension(codebook, dimension);
        if (singleValued && found.multiValued()) {
            throw ProblemException.invalid("dimension", "'" + dimension + "' is multi-valued: a matrix cell holds "
                    + "one value; export its codings instead (/api/v1/codings/export)");
        }
        Map<UnitKey, Map<String, List<String>>> byUnit = new LinkedHashMap<>();
        Map<UnitKey, List<String>> adjudicated = new HashMap<>();
        TreeSet<String> coders = new TreeSet<>();
        for (CaseCoding coding : codings.ofDimension(codebook.codebookId, codebook.version, dimension,
                scope.years().from(), scope.years().to(), scope.reader())) {
            UnitKey unit = new UnitKey(coding.caseId, coding.year);
            if (coding.isAdjudication()) {
                adjudicated.put(unit, coding.codes);
            } else {
                coders.add(coding.coder);
                byUnit.computeIfAbsent(unit, key -> new TreeMap<>()).put(coding.coder, coding.codes);
            }
        }
        Map<String, String> slugs = scopes.slugsOf(byUnit.keySet().stream().map(key -> key.caseId().toString())
                .toList());
        List<ReliabilityData.Unit> units = new ArrayList<>();
        byUnit.forEach((key, codes) -> units.add(new ReliabilityData.Unit(key.caseId(),
                slugs.get(key.caseId().toString()), key.year(), codes, adjudicated.get(key))));
        return new ReliabilityData(scopes.refOf(codebook, scope), found, scope.years(), List.copyOf(coders), units);
    }

    private record UnitKey(UUID caseId, int year) {
    }
}
