package io.revitalization.partnerships.api;

import io.revitalization.partnerships.app.PartnershipCommand;
import io.revitalization.partnerships.app.PhaseCommand;
import io.revitalization.partnerships.app.UpdateCommand;
import io.revitalization.partnerships.domain.Agreement;
import io.revitalization.partnerships.domain.Evidence;
import io.revitalization.partnerships.domain.Participants;

import java.util.List;

/** Validated requests as service commands; absent lists become empty ones. */
public final class RequestMapper {
    private RequestMapper() {
    }

    public static PartnershipCommand partnership(PartnershipRequest request) {
        AgreementRequest agreement = request.agreement();
        return new PartnershipCommand(request.slug(), request.title(), request.description(), request.kind(),
                request.membership(),
                request.members().stream()
                        .map(member -> new PartnershipCommand.MemberReference(member.institution(), member.role()))
                        .toList(),
                orEmpty(request.themes()),
                agreement == null ? null : new Agreement(agreement.start(), agreement.end(), agreement.status(),
                        agreement.documentUrl()),
                Boolean.TRUE.equals(request.isPublic()),
                evidence(request.evidence()));
    }

    public static UpdateCommand update(UpdateRequest request) {
        return new UpdateCommand(request.kind(), request.requestedPhase(), request.date(), request.text(),
                request.direction(),
                orEmpty(request.participants()).stream()
                        .map(p -> new Participants(p.country(), p.kind(), p.count()))
                        .toList(),
                orEmpty(request.links()));
    }

    public static PhaseCommand phase(PhaseRequest request) {
        return new PhaseCommand(request.phase(), request.at(), request.reason(), evidence(request.evidence()));
    }

    private static List<Evidence> evidence(List<EvidenceRequest> evidence) {
        return orEmpty(evidence).stream()
                .map(e -> new Evidence(e.source(), e.locator(), e.quote(), e.url()))
                .toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
