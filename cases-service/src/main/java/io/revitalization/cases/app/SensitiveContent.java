package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.SensitiveScope;
import io.revitalization.support.security.Caller;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who may read sensitive content, and what others see instead. Curators, admins and members of the case's lead
 * institution read everything. Others get a sensitive case's identifying facts (title, place, institutions,
 * programs, period, SDGs, themes, the reason it is sensitive) without its summary, stakeholders, indicators,
 * evidence and testimonies, and a non-sensitive case without its sensitive testimonies. Lists, searches and
 * exports leave sensitive cases out for them.
 */
public final class SensitiveContent {
    static final List<String> WITHHELD_OF_SENSITIVE_CASE =
            List.of("summary", "stakeholders", "indicators", "evidence", "testimonies");

    private SensitiveContent() {
    }

    public static SensitiveScope scopeOf(Caller caller) {
        if (caller.maySeeSensitive()) {
            return SensitiveScope.ALL;
        }
        return new SensitiveScope(false, caller.institution());
    }

    static boolean mayRead(Caller caller, UUID leadInstitutionId) {
        return scopeOf(caller).covers(leadInstitutionId);
    }

    /** The content with what the reader may not see removed. */
    static Visible visible(CaseContent content, boolean caseIsSensitive, boolean mayRead) {
        if (mayRead) {
            return new Visible(content, List.of());
        }
        if (caseIsSensitive || content.sensitive()) {
            return new Visible(new CaseContent(content.title(), null, content.country(), content.region(),
                    content.coordinates(), content.leadInstitutionId(), content.institutions(), List.of(),
                    content.programs(), content.period(), content.sdgs(), content.themes(), List.of(), List.of(),
                    List.of(), content.sensitive(), content.sensitiveReason(), Map.of()), WITHHELD_OF_SENSITIVE_CASE);
        }
        List<String> withheld = new ArrayList<>();
        List<CaseContent.Testimony> testimonies = new ArrayList<>();
        for (int i = 0; i < content.testimonies().size(); i++) {
            CaseContent.Testimony testimony = content.testimonies().get(i);
            if (testimony.sensitive()) {
                withheld.add("testimonies[" + i + "]");
            } else {
                testimonies.add(testimony);
            }
        }
        if (withheld.isEmpty()) {
            return new Visible(content, List.of());
        }
        return new Visible(new CaseContent(content.title(), content.summary(), content.country(), content.region(),
                content.coordinates(), content.leadInstitutionId(), content.institutions(), content.stakeholders(),
                content.programs(), content.period(), content.sdgs(), content.themes(), content.indicators(),
                content.evidence(), testimonies, content.sensitive(), content.sensitiveReason(), content.provenance()),
                withheld);
    }

    record Visible(CaseContent content, List<String> withheld) {
    }
}
