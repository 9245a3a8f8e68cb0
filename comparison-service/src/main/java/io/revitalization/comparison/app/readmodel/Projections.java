package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.domain.CaseProjection;
import io.revitalization.comparison.domain.InstitutionProjection;
import io.revitalization.comparison.domain.PartnershipProjection;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.app.change.Change;
import io.revitalization.comparison.app.change.DataChanges;
import io.revitalization.comparison.app.change.ReadNames;
import io.revitalization.comparison.persistence.CaseProjectionRepository;
import io.revitalization.comparison.persistence.CodingRepository;
import io.revitalization.comparison.persistence.InstitutionProjectionRepository;
import io.revitalization.comparison.persistence.PartnershipProjectionRepository;
import io.revitalization.comparison.persistence.PhaseHistoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies the other services' events to the projections, each as a data change. Every event carries the full state
 * and its version; an event not newer than what is held changes nothing, so redelivered and reordered events leave
 * every result as it was.
 */
@ApplicationScoped
public class Projections {
    private static final Logger LOG = Logger.getLogger(Projections.class);

    private final CaseProjectionRepository cases;
    private final InstitutionProjectionRepository institutions;
    private final PartnershipProjectionRepository partnerships;
    private final PhaseHistoryRepository phaseHistories;
    private final CaseGroups caseGroups;
    private final CodingRepository codings;
    private final ReliabilityTallies reliabilityTallies;
    private final DataChanges dataChanges;

    public Projections(CaseProjectionRepository cases, InstitutionProjectionRepository institutions,
                       PartnershipProjectionRepository partnerships, PhaseHistoryRepository phaseHistories,
                       CaseGroups caseGroups, CodingRepository codings, ReliabilityTallies reliabilityTallies,
                       DataChanges dataChanges) {
        this.cases = cases;
        this.institutions = institutions;
        this.partnerships = partnerships;
        this.phaseHistories = phaseHistories;
        this.caseGroups = caseGroups;
        this.codings = codings;
        this.reliabilityTallies = reliabilityTallies;
        this.dataChanges = dataChanges;
    }

    /**
     * Cases were created, updated or deleted: a poll's events, in their order. Every event carries the full state, so
     * only each case's newest one is applied. The lock is decided before the first change. Cases projected for the
     * first time change only themselves (they have no codings yet), so they are locked alone, beside other cases'
     * changes, and projected set-based: a few statements for the whole poll. When any case is known already, the
     * whole data is locked: its event may move its tallies, and taking case after case while holding the ones before
     * would deadlock with codings taking theirs.
     */
    public void applyCases(List<CaseUpdate> events) {
        Map<UUID, CaseUpdate> newest = new LinkedHashMap<>();
        events.forEach(event -> newest.merge(event.id(), event,
                (held, next) -> next.version() > held.version() ? next : held));
        Set<UUID> known = cases.knownOf(newest.keySet());
        List<CaseUpdate> ofNewCases = newest.values().stream().filter(event -> !known.contains(event.id())).toList();
        if (known.isEmpty()) {
            dataChanges.runOnCases(newest.keySet(), change -> projectNew(ofNewCases, change));
            return;
        }
        dataChanges.run(change -> {
            projectNew(ofNewCases, change);
            newest.values().stream().filter(event -> known.contains(event.id()))
                    .forEach(event -> applyKnownCase(event, change));
        });
    }

    private void projectNew(List<CaseUpdate> events, Change change) {
        if (events.isEmpty()) {
            return;
        }
        List<CaseProjection> projections = events.stream().map(event -> projected(new CaseProjection(), event))
                .toList();
        cases.insertAll(projections);
        caseGroups.groupNew(projections, change);
        change.touched(List.of(), List.of(), List.of(), List.of(ReadNames.SUMMARY));
    }

    private void applyKnownCase(CaseUpdate event, Change change) {
        CaseProjection held = cases.findById(event.id());
        if (held.version >= event.version()) {
            LOG.debugf("case %s version %d ignored: version %d is held", event.id(), event.version(), held.version);
            return;
        }
        boolean livenessChanges = held.deleted != event.deleted();
        projected(held, event);
        cases.flush();
        caseGroups.regroup(held, change);
        if (livenessChanges) {
            reliabilityTallies.caseLiveness(codings.ofCase(held.id), !held.deleted);
        }
        change.touched(List.of(), List.of(), List.of(), List.of(ReadNames.SUMMARY));
    }

    private static CaseProjection projected(CaseProjection projection, CaseUpdate event) {
        projection.id = event.id();
        projection.slug = event.slug();
        projection.version = event.version();
        projection.country = event.country();
        projection.leadInstitutionId = event.leadInstitutionId();
        projection.institutionIds = event.institutionIds();
        projection.programs = event.programs();
        projection.title = event.title();
        projection.deleted = event.deleted();
        projection.sensitive = event.sensitive();
        projection.sensitivePassages = List.copyOf(event.sensitivePassages());
        return projection;
    }

    public void applyInstitution(InstitutionUpdate event) {
        dataChanges.run(change -> applyInstitution(event, change));
    }

    private void applyInstitution(InstitutionUpdate event, Change change) {
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
        projection.deleted = event.deleted();
        if (held == null) {
            institutions.persist(projection);
        }
        change.touched(List.of(), List.of(), List.of(Grouping.INSTITUTION.key()), ReadNames.ALL_READS);
    }

    public void applyPartnership(PartnershipUpdate event) {
        dataChanges.run(change -> applyPartnership(event, change));
    }

    private void applyPartnership(PartnershipUpdate event, Change change) {
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
        projection.memberIds = event.memberIds();
        projection.deleted = event.deleted();
        projection.isPublic = event.isPublic();
        affectedMembers.addAll(projection.memberIds);
        if (held == null) {
            partnerships.persist(projection);
        }
        regroupCasesOf(affectedMembers, change);
    }

    public void applyPhaseChange(PhaseChange event) {
        dataChanges.run(change -> applyPhaseChange(event, change));
    }

    /**
     * Every change joins the partnership's phase history, however its version compares: the seed records a
     * partnership's history under the version of its creation, and an API change announces the new phase in a
     * partnership event of the same version before this one.
     */
    private void applyPhaseChange(PhaseChange event, Change change) {
        phaseHistories.record(event.partnershipId(), event.sequence(), event.from(), event.to(), event.at());
        PartnershipProjection held = partnerships.findById(event.partnershipId());
        if (held == null) {
            LOG.infof("phase change of unknown partnership %s kept in its history; its next full event will carry "
                    + "its members", event.partnershipId());
            return;
        }
        if (held.version < event.version()) {
            held.version = event.version();
            held.phase = event.to();
        }
        regroupCasesOf(held.memberIds, change);
    }

    private void regroupCasesOf(Iterable<UUID> institutionIds, Change change) {
        partnerships.flush();
        List<UUID> ids = new ArrayList<>();
        institutionIds.forEach(ids::add);
        cases.withAnyInstitution(ids).forEach(caseProjection -> caseGroups.regroup(caseProjection, change));
    }
}
