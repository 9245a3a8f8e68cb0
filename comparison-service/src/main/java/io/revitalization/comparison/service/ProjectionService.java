package io.revitalization.comparison.service;

import io.revitalization.comparison.domain.CaseProjection;
import io.revitalization.comparison.domain.InstitutionProjection;
import io.revitalization.comparison.domain.PartnershipProjection;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.repository.CaseProjectionRepository;
import io.revitalization.comparison.repository.CodingRepository;
import io.revitalization.comparison.repository.InstitutionProjectionRepository;
import io.revitalization.comparison.repository.PartnershipProjectionRepository;
import io.revitalization.events.CaseV1;
import io.revitalization.events.InstitutionV1;
import io.revitalization.events.PartnershipPhaseChangedV1;
import io.revitalization.events.PartnershipV1;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Applies the other services' events to the projections. Every event carries the full state and its version; an
 * event not newer than what is held changes nothing, so redelivered and reordered events leave every result as it
 * was.
 */
@ApplicationScoped
public class ProjectionService {
    private static final Logger LOG = Logger.getLogger(ProjectionService.class);

    private final CaseProjectionRepository cases;
    private final InstitutionProjectionRepository institutions;
    private final PartnershipProjectionRepository partnerships;
    private final CaseGroups caseGroups;
    private final CodingRepository codings;
    private final ReliabilityTallies reliabilityTallies;
    private final DataChanges dataChanges;

    public ProjectionService(CaseProjectionRepository cases, InstitutionProjectionRepository institutions,
                             PartnershipProjectionRepository partnerships, CaseGroups caseGroups,
                             CodingRepository codings, ReliabilityTallies reliabilityTallies,
                             DataChanges dataChanges) {
        this.cases = cases;
        this.institutions = institutions;
        this.partnerships = partnerships;
        this.caseGroups = caseGroups;
        this.codings = codings;
        this.reliabilityTallies = reliabilityTallies;
        this.dataChanges = dataChanges;
    }

    /** A case was created, updated or deleted ({@code deleted} is true for a deletion event). */
    @Transactional
    public void applyCase(CaseV1 event, boolean deleted) {
        CaseProjection held = cases.findById(event.id());
        if (held != null && held.version >= event.version()) {
            LOG.debugf("case %s version %d ignored: version %d is held", event.id(), event.version(), held.version);
            return;
        }
        // a new case has no codings yet: they need its projection
        boolean livenessChanges = held != null && held.deleted != (deleted || event.deleted());
        CaseProjection projection = held == null ? new CaseProjection() : held;
        projection.id = event.id();
        projection.slug = event.slug();
        projection.version = event.version();
        projection.country = event.country();
        projection.leadInstitutionId = event.leadInstitutionId();
        projection.institutionIds = institutionsOf(event);
        projection.programs = event.programs() == null ? List.of()
                : event.programs().stream().map(CaseV1.ProgramParticipation::program).distinct().toList();
        projection.title = event.title();
        projection.deleted = deleted || event.deleted();
        if (held == null) {
            cases.persist(projection);
        }
        cases.flush();
        caseGroups.regroup(projection);
        if (livenessChanges) {
            reliabilityTallies.caseLiveness(codings.ofCase(projection.id), !projection.deleted);
        }
        dataChanges.record(new DataChanges.Touched(List.of(), List.of(), List.of(), List.of(Comparisons.SUMMARY)));
    }

    @Transactional
    public void applyInstitution(InstitutionV1 event, boolean deleted) {
        InstitutionProjection held = institutions.findById(event.id());
        if (held != null && held.version >= event.version()) {
            return;
        }
        InstitutionProjection projection = held == null ? new InstitutionProjection() : held;
        projection.id = event.id();
        projection.slug = event.slug();
        projection.version = event.version();
        projection.country = event.country();
        projection.name = event.name();
        projection.deleted = deleted || event.deleted();
        if (held == null) {
            institutions.persist(projection);
        }
        dataChanges.record(new DataChanges.Touched(List.of(), List.of(), List.of(Grouping.INSTITUTION.key()),
                Comparisons.ALL_READS));
    }

    @Transactional
    public void applyPartnership(PartnershipV1 event) {
        PartnershipProjection held = partnerships.findById(event.id());
        if (held != null && held.version >= event.version()) {
            return;
        }
        PartnershipProjection projection = held == null ? new PartnershipProjection() : held;
        Set<UUID> affectedMembers = new LinkedHashSet<>(held == null ? List.of() : held.memberIds);
        projection.id = event.id();
        projection.slug = event.slug();
        projection.version = event.version();
        projection.phase = event.phase();
        projection.memberIds = event.members() == null ? List.of()
                : event.members().stream().map(PartnershipV1.Member::institutionId).distinct().toList();
        projection.deleted = event.deleted();
        affectedMembers.addAll(projection.memberIds);
        if (held == null) {
            partnerships.persist(projection);
        }
        regroupCasesOf(affectedMembers);
    }

    @Transactional
    public void applyPhaseChange(PartnershipPhaseChangedV1 event) {
        PartnershipProjection held = partnerships.findById(event.partnershipId());
        if (held == null) {
            LOG.infof("phase change of unknown partnership %s ignored; its next full event will carry the phase",
                    event.partnershipId());
            return;
        }
        if (held.version >= event.version()) {
            return;
        }
        held.version = event.version();
        held.phase = event.to();
        regroupCasesOf(held.memberIds);
    }

    private void regroupCasesOf(Iterable<UUID> institutionIds) {
        partnerships.flush();
        List<UUID> ids = new ArrayList<>();
        institutionIds.forEach(ids::add);
        cases.withAnyInstitution(ids).forEach(caseGroups::regroup);
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
