package io.revitalization.partnerships.events;

import io.revitalization.events.EvidenceV1;
import io.revitalization.events.PartnershipPhaseChangedV1;
import io.revitalization.events.PartnershipUpdatePostedV1;
import io.revitalization.events.PartnershipV1;
import io.revitalization.partnerships.domain.Evidence;
import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.partnerships.domain.PartnershipUpdate;
import io.revitalization.partnerships.domain.PhaseChange;
import io.revitalization.partnerships.domain.UpdateContent;

import java.util.List;

/** Entities as the payloads of {@code revit.partnerships.v1}. */
public final class EventMapper {
    private EventMapper() {
    }

    public static PartnershipV1 partnership(Partnership p) {
        PartnershipV1.Agreement agreement = p.agreement == null ? null : new PartnershipV1.Agreement(
                p.agreement.start, p.agreement.end, name(p.agreement.status), p.agreement.documentUrl);
        return new PartnershipV1(p.id, p.slug, p.version, p.title, p.description, p.kind.name(),
                p.members.stream().map(m -> new PartnershipV1.Member(m.institutionId, m.country, m.role.name(),
                        m.consent.name()))
                        .toList(),
                List.of(p.themes), agreement, p.isPublic, name(p.phase), p.deleted, p.updatedAt,
                p.membership.name(), evidence(p.evidence));
    }

    /** {@code status}: {@code POSTED} for revision 1, {@code CORRECTED} after a correction, or {@code WITHDRAWN}. */
    public static PartnershipUpdatePostedV1 update(PartnershipUpdate u, String status) {
        UpdateContent content = u.content;
        return new PartnershipUpdatePostedV1(u.id, u.partnershipId, u.version, content.kind.name(), content.date,
                content.text, content.direction.name(),
                content.participants.stream()
                        .map(p -> new PartnershipUpdatePostedV1.Participants(p.country(), p.kind().name(), p.count()))
                        .toList(),
                List.copyOf(content.links), u.authorInstitutionId, status, u.postedAt, u.revision,
                name(content.requestedPhase));
    }

    public static PartnershipPhaseChangedV1 phaseChanged(PhaseChange change, long partnershipVersion) {
        return new PartnershipPhaseChangedV1(change.partnershipId, partnershipVersion, name(change.from),
                change.to.name(), change.at, change.reason, evidence(change.evidence), change.sequence);
    }

    private static List<EvidenceV1> evidence(List<Evidence> evidence) {
        return evidence.stream().map(e -> new EvidenceV1(e.source(), e.locator(), e.quote(), e.url())).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
