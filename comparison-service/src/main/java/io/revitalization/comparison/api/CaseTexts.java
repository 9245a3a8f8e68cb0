package io.revitalization.comparison.api;

import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.support.security.Caller;

/** Whose case text a caller may see ({@link CaseTextScope}), by cases-service's rule. */
final class CaseTexts {
    private CaseTexts() {
    }

    static CaseTextScope scopeOf(Caller caller) {
        return caller.maySeeSensitive() ? CaseTextScope.ALL : new CaseTextScope(false, caller.institution());
    }
}
