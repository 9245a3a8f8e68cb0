package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.support.evidence.EvidenceChecks;

import java.util.ArrayList;
import java.util.List;

/** Evidence items as stored, with their links checked. */
final class Evidences {
    private Evidences() {
    }

    static List<CaseContent.Evidence> of(String field, List<EvidenceDraft> requested, FieldErrors errors) {
        List<CaseContent.Evidence> evidence = new ArrayList<>();
        if (requested != null) {
            for (int i = 0; i < requested.size(); i++) {
                evidence.add(item(field + "[" + i + "]", requested.get(i), errors));
            }
        }
        return evidence;
    }

    static CaseContent.Evidence item(String field, EvidenceDraft evidence, FieldErrors errors) {
        errors.addAll(EvidenceChecks.link(field, evidence));
        return new CaseContent.Evidence(evidence.source(), evidence.locator(), evidence.quote(), evidence.url(),
                evidence.supports());
    }
}
