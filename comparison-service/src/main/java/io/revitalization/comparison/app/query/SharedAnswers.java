package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.comparison.persistence.CaseProjectionRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether a comparison answer given to a reader is everyone's: a read depends on its reader only through the case
 * texts the reader may see, so the answer is the one an anonymous reader gets unless the reader may see some text
 * withheld from everyone (a sensitive case, or a sensitive passage, of a case the reader covers).
 */
@ApplicationScoped
public class SharedAnswers {
    private final CaseProjectionRepository cases;

    public SharedAnswers(CaseProjectionRepository cases) {
        this.cases = cases;
    }

    public boolean isEveryones(CaseTextScope reader) {
        return reader.equals(CaseTextScope.NONE) || !cases.showsMoreThanToEveryone(reader);
    }
}
