package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.persistence.TallyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * The case-years of a group that every coding counts (the {@code all} tallies) but a selection does not: counted
 * from the tallies' case numbers, the first listed from their cases.
 */
@ApplicationScoped
public class UnresolvedUnits {
    static final String ALL = Selections.key(CoderSelection.allCoders());

    private final TallyRepository tallies;

    public UnresolvedUnits(TallyRepository tallies) {
        this.tallies = tallies;
    }

    /** How many there are, and the first of them. */
    public record Found(int count, List<UnresolvedCase> first) {
        static final Found NONE = new Found(0, List.of());
    }

    /**
     * @param caseYears the case-years a selection's tallies count in the group over the years, by selection key
     * @param toList    at most this many are listed
     */
    public Found of(UUID codebookId, int version, String dimension, CoderSelection selection, GroupRef group,
                    int fromYear, int toYear, ToIntFunction<String> caseYears, int toList) {
        if (selection.rule() == CoderSelection.Rule.ALL_CODERS) {
            return Found.NONE;
        }
        String key = Selections.key(selection);
        // a unit only an adjudication codes counts under adjudicated but not under all
        int counted = Math.max(0, caseYears.applyAsInt(ALL) - caseYears.applyAsInt(key));
        if (counted == 0 || toList <= 0) {
            return new Found(counted, List.of());
        }
        String reason = (selection.rule() != CoderSelection.Rule.SINGLE_CODER
                ? CoderSelection.Reason.TIED_CODINGS : CoderSelection.Reason.NOT_CODED_BY_SELECTED_CODER).name();
        List<UnresolvedCase> listed = tallies.firstMissing(codebookId, version, dimension, ALL, key, group, fromYear,
                        toYear, Math.min(toList, counted)).stream()
                .map(missing -> new UnresolvedCase(group.key(), missing.caseId().toString(), missing.year(), reason))
                .toList();
        return new Found(counted, listed);
    }
}
