package io.revitalization.comparison.domain.analysis;

import java.util.List;

/**
 * One case in one year on one dimension after coder resolution: the observation every statistic counts.
 *
 * @param codes      distinct and sorted
 * @param weight     in (0, 1]: 1 for a resolved unit, 1/c for each of c coders' codings under
 *                   {@link CoderSelection.Rule#ALL_CODERS}, so that every case-year weighs 1 in total
 * @param evidence   the quotes of the codings behind this unit (possibly none)
 * @param confidence the mean stated confidence of those codings, or {@code null} when none was stated
 */
public record CodedUnit(String caseId, int year, List<String> codes, double weight, List<String> evidence,
                        Double confidence) {

    public CodedUnit {
        Require.text(caseId, "caseId");
        codes = Require.codeSet(codes, "codes");
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in (0, 1], was " + weight);
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        Require.confidence(confidence);
    }

    /** A fully weighted unit without evidence or confidence. */
    public CodedUnit(String caseId, int year, List<String> codes) {
        this(caseId, year, codes, 1, List.of(), null);
    }
}
