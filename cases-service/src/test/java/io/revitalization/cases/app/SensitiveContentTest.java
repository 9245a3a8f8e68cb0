package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.ParticipantRole;
import io.revitalization.cases.domain.SensitiveScope;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.Role;
import io.revitalization.values.LocalizedText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SensitiveContentTest {
    private static final UUID LEAD = UUID.randomUUID();
    private static final CaseContent.Testimony OPEN = testimony("a festival", false);
    private static final CaseContent.Testimony MEMORY = testimony("my sister died on the ferry", true);

    @Test
    void curatorsAdminsAndTheLeadInstitutionReadEverythingOthersNothingSensitive() {
        assertThat(SensitiveContent.mayRead(new Caller("c", Role.CURATOR, Optional.empty()), LEAD)).isTrue();
        assertThat(SensitiveContent.mayRead(new Caller("a", Role.ADMIN, Optional.empty()), LEAD)).isTrue();
        assertThat(SensitiveContent.mayRead(new Caller("p", Role.PARTNER, Optional.of(LEAD)), LEAD)).isTrue();
        assertThat(SensitiveContent.mayRead(new Caller("p", Role.PARTNER, Optional.of(UUID.randomUUID())), LEAD)).isFalse();
        assertThat(SensitiveContent.mayRead(Caller.ANONYMOUS, LEAD)).isFalse();
        assertThat(SensitiveContent.scopeOf(Caller.ANONYMOUS)).isEqualTo(new SensitiveScope(false, Optional.empty()));
    }

    @Test
    void aSensitiveCaseKeepsOnlyItsIdentifyingFactsForOthers() {
        SensitiveContent.Visible visible = SensitiveContent.visible(content(true, List.of(OPEN)), true, false);

        assertThat(visible.content().title().en()).isEqualTo("Goddesses, Ghosts and Daughters");
        assertThat(visible.content().summary()).isNull();
        assertThat(visible.content().evidence()).isEmpty();
        assertThat(visible.content().testimonies()).isEmpty();
        assertThat(visible.withheld()).containsExactly("summary", "stakeholders", "indicators", "evidence", "testimonies");
    }

    @Test
    void aSensitiveTestimonyIsWithheldFromAnOpenCase() {
        SensitiveContent.Visible visible = SensitiveContent.visible(content(false, List.of(MEMORY, OPEN)), false, false);

        assertThat(visible.content().testimonies()).containsExactly(OPEN);
        assertThat(visible.content().summary()).isNotNull();
        assertThat(visible.withheld()).containsExactly("testimonies[0]");
    }

    @Test
    void readersAllowedSeeItAll() {
        CaseContent content = content(true, List.of(MEMORY));

        assertThat(SensitiveContent.visible(content, true, true).content()).isEqualTo(content);
    }

    private static CaseContent content(boolean sensitive, List<CaseContent.Testimony> testimonies) {
        return new CaseContent(LocalizedText.of("女神、女鬼與女兒", null, "Goddesses, Ghosts and Daughters"),
                LocalizedText.of("旗津", null, "Cijin"), "TW", null, null, LEAD,
                List.of(new CaseContent.Participant(LEAD, ParticipantRole.LEAD_UNIVERSITY)), List.of(), List.of(), null,
                List.of(5), List.of("historical-memory"), List.of(),
                List.of(new CaseContent.Evidence("seed", "III.B ¶2", "quote", null, "summary")), testimonies,
                sensitive, null, Map.of("summary", "the text's own words"));
    }

    private static CaseContent.Testimony testimony(String text, boolean sensitive) {
        return new CaseContent.Testimony(null, LocalizedText.of(null, null, text), null, sensitive);
    }
}
