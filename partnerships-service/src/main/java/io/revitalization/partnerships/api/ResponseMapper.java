package io.revitalization.partnerships.api;

import io.revitalization.partnerships.app.InstitutionDirectory;
import io.revitalization.partnerships.app.PartnershipService;
import io.revitalization.partnerships.domain.Institution;
import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.partnerships.domain.PartnershipUpdate;
import io.revitalization.partnerships.domain.PhaseChange;
import io.revitalization.partnerships.domain.UpdateContent;
import io.revitalization.partnerships.domain.UpdateRevision;
import io.revitalization.partnerships.domain.analysis.PhaseSuggestion;
import io.revitalization.partnerships.domain.analysis.Reciprocity;
import io.revitalization.support.paging.Page;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Entities as API responses. Institution names and partnership titles are looked up for a whole page at once;
 * display fields are in the languages the caller prefers.
 */
@ApplicationScoped
public class ResponseMapper {
    private final InstitutionDirectory institutions;
    private final PartnershipService partnerships;

    public ResponseMapper(InstitutionDirectory institutions, PartnershipService partnerships) {
        this.institutions = institutions;
        this.partnerships = partnerships;
    }

    public PartnershipResponse partnership(Partnership partnership, List<String> languages) {
        return partnerships(List.of(partnership), languages).get(0);
    }

    public Page<PartnershipResponse> partnerships(Page<Partnership> page, List<String> languages) {
        return new Page<>(partnerships(page.items(), languages), page.next());
    }

    public UpdateResponse update(PartnershipUpdate update, List<String> languages) {
        return updates(List.of(update), languages).get(0);
    }

    public Page<UpdateResponse> updates(Page<PartnershipUpdate> page, List<String> languages) {
        return new Page<>(updates(page.items(), languages), page.next());
    }

    public Page<AgreementEndingResponse> agreementsEnding(Page<Partnership> page, List<String> languages) {
        LocalDate today = LocalDate.now();
        return page.map(p -> new AgreementEndingResponse(p.id, p.slug, display(p.title, languages, p.slug),
                agreement(p), ChronoUnit.DAYS.between(today, p.agreement.end)));
    }

    public static PhaseChangeResponse phaseChange(PhaseChange change) {
        return new PhaseChangeResponse(change.sequence, change.from, change.to, change.at, change.reason,
                change.evidence, change.recordedAt);
    }

    public static RevisionResponse revision(UpdateRevision revision) {
        UpdateContent content = revision.content;
        return new RevisionResponse(revision.revision, content.kind, content.requestedPhase, content.date,
                content.text, content.direction, content.participants, content.links, revision.recordedAt);
    }

    public static PhaseSuggestionResponse phaseSuggestion(Partnership partnership, PhaseSuggestion suggestion,
                                                          List<String> languages) {
        return new PhaseSuggestionResponse(partnership.id, partnership.slug, suggestion.declaredPhase(),
                suggestion.suggestedPhase(), suggestion.agreesWithDeclared(),
                suggestion.reasons().stream()
                        .map(reason -> new PhaseSuggestionResponse.Reason(reason.code(),
                                ReasonTexts.text(reason, languages)))
                        .toList(),
                suggestion.basis());
    }

    public static ReciprocityResponse reciprocity(Partnership partnership, Integer year, Reciprocity reciprocity) {
        return new ReciprocityResponse(partnership == null ? null : partnership.id,
                partnership == null ? null : partnership.slug, year, reciprocity.partnerships(),
                reciprocity.allYears(), reciprocity.years());
    }

    private List<PartnershipResponse> partnerships(List<Partnership> items, List<String> languages) {
        Map<UUID, Institution> directory = institutions.byIds(items.stream()
                .flatMap(p -> p.members.stream()).map(m -> m.institutionId).distinct().toList());
        return items.stream().map(p -> new PartnershipResponse(p.id, p.slug, p.version, p.title,
                display(p.title, languages, p.slug), p.description, p.kind, p.membership,
                p.members.stream().map(m -> {
                    Institution institution = directory.get(m.institutionId);
                    return new PartnershipResponse.MemberResponse(m.institutionId, institution.slug,
                            institution.name, display(institution.name, languages, institution.slug), m.country,
                            m.role, m.consent);
                }).toList(),
                List.of(p.themes), agreement(p), p.isPublic, p.phase, List.copyOf(p.evidence), p.provenance,
                p.createdAt, p.updatedAt)).toList();
    }

    private List<UpdateResponse> updates(List<PartnershipUpdate> items, List<String> languages) {
        Map<UUID, Institution> authors = institutions.byIds(
                items.stream().map(u -> u.authorInstitutionId).distinct().toList());
        Map<UUID, Partnership> parents = partnerships.byIds(
                items.stream().map(u -> u.partnershipId).distinct().toList());
        return items.stream().map(u -> {
            Institution author = authors.get(u.authorInstitutionId);
            Partnership parent = parents.get(u.partnershipId);
            UpdateContent content = u.content;
            return new UpdateResponse(u.id,
                    new UpdateResponse.PartnershipReference(parent.id, parent.slug,
                            display(parent.title, languages, parent.slug)),
                    new UpdateResponse.Author(author.id, author.slug, display(author.name, languages, author.slug),
                            author.country),
                    content.kind, content.requestedPhase, content.date, content.text,
                    display(content.text, languages, null), content.direction, List.copyOf(content.participants),
                    List.copyOf(content.links), u.status, u.revision, u.version, u.postedAt,
                    u.updatedAt,
                    u.withdrawnAt == null ? null : new UpdateResponse.Withdrawal(u.withdrawnAt, u.withdrawalReason));
        }).toList();
    }

    private static PartnershipResponse.AgreementResponse agreement(Partnership p) {
        return p.agreement == null ? null : new PartnershipResponse.AgreementResponse(p.agreement.start,
                p.agreement.end, p.agreement.status, p.agreement.documentUrl);
    }

    private static String display(LocalizedText text, List<String> languages, String fallback) {
        return text == null ? fallback : text.pick(languages).orElse(fallback);
    }
}
