package io.revitalization.comparison.events;

import io.revitalization.comparison.app.readmodel.CaseUpdate;
import io.revitalization.comparison.app.readmodel.InstitutionUpdate;
import io.revitalization.comparison.app.readmodel.PartnershipUpdate;
import io.revitalization.comparison.app.readmodel.PhaseChange;
import io.revitalization.comparison.domain.Passage;
import io.revitalization.events.CaseV1;
import io.revitalization.events.InstitutionV1;
import io.revitalization.events.PartnershipPhaseChangedV1;
import io.revitalization.events.PartnershipV1;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The other services' events as the read model's updates. */
public final class ProjectionEventMapping {
    private ProjectionEventMapping() {
    }

    /** @param deleted true for a deletion event */
    public static CaseUpdate caseUpdate(CaseV1 event, boolean deleted) {
        // a case listed under a program counts in its parents' groups too (MOE-USR-PHASE-2 under MOE-USR)
        List<String> programs = event.programs() == null ? List.of() : event.programs().stream()
                .flatMap(participation -> Stream.concat(Stream.of(participation.program()),
                        participation.parents() == null ? Stream.empty() : participation.parents().stream()))
                .distinct().toList();
        return new CaseUpdate(event.id(), event.slug(), event.version(), event.country(), event.leadInstitutionId(),
                institutionsOf(event), programs, event.title(), deleted || event.deleted(), event.sensitive(),
                sensitivePassagesOf(event));
    }

    /** @param deleted true for a deletion event */
    public static InstitutionUpdate institutionUpdate(InstitutionV1 event, boolean deleted) {
        return new InstitutionUpdate(event.id(), event.slug(), event.version(), event.country(), event.name(),
                deleted || event.deleted());
    }

    public static PartnershipUpdate partnershipUpdate(PartnershipV1 event) {
        List<UUID> members = event.members() == null ? List.of()
                : event.members().stream().filter(PartnershipV1.Member::confirmed)
                        .map(PartnershipV1.Member::institutionId).distinct().toList();
        return new PartnershipUpdate(event.id(), event.slug(), event.version(), event.phase(), members,
                event.deleted(), event.isPublic());
    }

    public static PhaseChange phaseChange(PartnershipPhaseChangedV1 event) {
        return new PhaseChange(event.partnershipId(), event.version(), event.sequence(), event.from(), event.to(),
                event.at());
    }

    /** The source and locator of each sensitive testimony that names both (a whole source is not one passage). */
    private static List<Passage> sensitivePassagesOf(CaseV1 event) {
        if (event.testimonies() == null) {
            return List.of();
        }
        return event.testimonies().stream()
                .filter(testimony -> testimony.sensitive() && testimony.source() != null
                        && testimony.source().source() != null && testimony.source().locator() != null)
                .map(testimony -> new Passage(testimony.source().source(), testimony.source().locator()))
                .distinct().toList();
    }

    private static List<UUID> institutionsOf(CaseV1 event) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (event.leadInstitutionId() != null) {
            ids.add(event.leadInstitutionId());
        }
        if (event.institutions() != null) {
            event.institutions().stream().map(CaseV1.Participant::institutionId).filter(Objects::nonNull)
                    .forEach(ids::add);
        }
        return List.copyOf(ids);
    }
}
