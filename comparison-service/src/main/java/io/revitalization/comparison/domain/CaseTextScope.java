package io.revitalization.comparison.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose case text a reader may see, as cases-service decides it: curators and admins every case's ({@code all}),
 * partners that of cases their institution leads, others none of a sensitive case's. A case's text here is what its
 * codings say of it: their evidence and notes (and the overview's exemplar quotes). Readers who may not see it get a
 * sensitive case's identifying facts and codes, not its text, and lists leave the case out for them; codings that cite
 * a passage of a sensitive testimony are withheld the same way, whatever the case.
 *
 * @param ownInstitution the reader's institution, whose sensitive cases it may read
 */
public record CaseTextScope(boolean all, Optional<UUID> ownInstitution) {
    public static final CaseTextScope ALL = new CaseTextScope(true, Optional.empty());
    public static final CaseTextScope NONE = new CaseTextScope(false, Optional.empty());

    /** Whether the reader may see the case's sensitive text. */
    public boolean covers(CaseProjection caseProjection) {
        return all || ownInstitution.filter(own -> own.equals(caseProjection.leadInstitutionId)).isPresent();
    }

    /** Whether a coding of the case citing this passage shows its evidence and note to the reader. */
    public boolean shows(CaseProjection caseProjection, Passage cited) {
        if (covers(caseProjection)) {
            return true;
        }
        return !caseProjection.sensitive && !caseProjection.sensitivePassages.contains(cited);
    }

    /** Whether lists show the case to the reader. */
    public boolean lists(CaseProjection caseProjection) {
        return !caseProjection.sensitive || covers(caseProjection);
    }

    /** For cache keys and ETags: {@code all}, {@code none} or {@code own:<institution>}. */
    public String key() {
        return all ? "all" : ownInstitution.map(own -> "own:" + own).orElse("none");
    }
}
