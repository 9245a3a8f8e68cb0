package io.revitalization.comparison.app.coding;

import io.revitalization.support.http.ConsistencyTokens;
import io.revitalization.comparison.app.change.Change;
import io.revitalization.comparison.app.change.DataChanges;
import io.revitalization.comparison.app.change.ReadNames;
import io.revitalization.comparison.app.readmodel.CaseHistories;
import io.revitalization.comparison.app.readmodel.CasesAsTheyStand;
import io.revitalization.comparison.app.readmodel.Configurations;
import io.revitalization.comparison.app.readmodel.ReliabilityTallies;
import io.revitalization.comparison.app.readmodel.Tallies;
import io.revitalization.comparison.app.readmodel.UnitReplacement;
import io.revitalization.comparison.domain.GroupMembership;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.CaseProjection;
import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.comparison.domain.Codebook;
import io.revitalization.comparison.domain.CodebookCode;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.persistence.CaseGroupRepository;
import io.revitalization.comparison.persistence.CaseProjectionRepository;
import io.revitalization.comparison.persistence.CodingRepository;
import io.revitalization.comparison.persistence.TallyRepository.CaseYear;
import io.revitalization.support.evidence.EvidenceChecks;
import io.revitalization.support.persistence.TimeOrderedIds;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.refs.Reference;
import io.revitalization.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records and removes codings. The tallies of the groups the case is in are updated in the same transaction, so a
 * coding posted through the gateway shows in every comparison it touches as soon as the response is sent.
 */
@ApplicationScoped
public class CodingService {
    private final CodingRepository codings;
    private final CodebookService codebooks;
    private final CaseProjectionRepository cases;
    private final CaseGroupRepository caseGroups;
    private final Tallies tallies;
    private final ReliabilityTallies reliabilityTallies;
    private final Configurations configurations;
    private final CaseHistories histories;
    private final DataChanges dataChanges;
    private final CodingLookups direct;

    public CodingService(CodingRepository codings, CodebookService codebooks, CaseProjectionRepository cases,
                         CaseGroupRepository caseGroups, Tallies tallies, ReliabilityTallies reliabilityTallies,
                         Configurations configurations, CaseHistories histories,
                         DataChanges dataChanges) {
        this.codings = codings;
        this.codebooks = codebooks;
        this.cases = cases;
        this.caseGroups = caseGroups;
        this.tallies = tallies;
        this.reliabilityTallies = reliabilityTallies;
        this.configurations = configurations;
        this.histories = histories;
        this.dataChanges = dataChanges;
        this.direct = new CodingLookups() {
            @Override
            public Optional<Codebook> codebook(String idOrSlug) {
                return codebooks.find(idOrSlug);
            }

            @Override
            public Optional<CodebookVersion> version(UUID codebookId, int version) {
                return codebooks.version(codebookId, version);
            }

            @Override
            public Optional<CaseProjection> liveCase(String idOrSlug) {
                return CodingService.this.liveCase(idOrSlug);
            }
        };
    }

    public Optional<CaseCoding> find(UUID id) {
        return codings.findByIdOptional(id);
    }

    /** A page of codings, without those of sensitive cases the reader may not read. */
    @Transactional
    public List<CaseCoding> page(CodingListing listing, CaseTextScope reader, Long afterSeq, int size) {
        return codings.page(new CodingRepository.CodingFilter(listing.codebookId(), listing.codebookVersion(),
                listing.caseId(), listing.dimension(), listing.year(), listing.coder()), reader, afterSeq, size);
    }

    /** A case as last heard of, deleted or not. */
    @Transactional
    public Optional<CaseProjection> caseById(UUID id) {
        return cases.findByIdOptional(id);
    }

    /** A live case by id or slug. */
    public Optional<CaseProjection> liveCase(String idOrSlug) {
        return Reference.find(idOrSlug, cases::findByIdOptional, cases::findBySlug)
                .filter(found -> !found.deleted);
    }

    /** The live cases the slugs name, by slug, in one query. */
    public Map<String, CaseProjection> liveCasesBySlug(Collection<String> slugs) {
        return cases.bySlugs(slugs).stream()
                .filter(found -> !found.deleted)
                .collect(Collectors.toMap(found -> found.slug, found -> found));
    }

    /** Whether the coder has coded this unit. */
    public boolean isCoded(UnitRef unit, String coder) {
        return codings.ofUnitByCoder(unit, coder).isPresent();
    }

    /** Records a coding; 400 naming the field for anything the codebook version does not allow, 409 for a repeat. */
    public CaseCoding create(NewCoding request, Caller author) {
        return dataChanges.apply(change -> {
            CaseCoding coding = prepare(request, author);
            record(coding, codings.ofUnit(UnitRef.of(coding)), request.caseRef(), change);
            return coding;
        });
    }

    /**
     * The coding a request makes, not yet stored; 400 naming the field for anything the codebook version does not
     * allow. Not transactional itself, so that a bulk import can report the refusal and go on.
     */
    CaseCoding prepare(NewCoding request, Caller author) {
        return prepare(request, author, direct);
    }

    /** {@link #prepare(NewCoding, Caller)} with the lookups of a chunk of records. */
    CaseCoding prepare(NewCoding request, Caller author, CodingLookups lookups) {
        return prepare(request, Coders.coderOf(request.coder(), author), author, lookups);
    }

    /** Lookups for a chunk of records: their cases read at once, each codebook and version once. */
    CodingLookups lookupsFor(List<NewCoding> requests) {
        return new ChunkLookups(direct, cases.byReferences(requests.stream().map(NewCoding::caseRef)
                .filter(Objects::nonNull).distinct().toList()));
    }

    /**
     * Records the adjudicated coding of a unit: the codings it settles (two or more, of one unit, by coders) name the
     * unit; 400 naming {@code settles} when they do not, 409 when the unit is adjudicated already.
     */
    public CaseCoding adjudicate(Adjudication adjudication, Caller author) {
        return dataChanges.apply(change -> {
            List<CaseCoding> settled = settledCodings(adjudication.settles());
            CaseCoding first = settled.get(0);
            Codebook codebook = codebooks.find(first.codebookId.toString()).orElseThrow();
            NewCoding request = new NewCoding(codebook.slug, first.codebookVersion, first.caseId.toString(),
                    first.year, first.dimension, adjudication.codes(), CoderSelection.ADJUDICATOR,
                    adjudication.confidence(), adjudication.evidence(), adjudication.note());
            CaseCoding coding = prepare(request, CoderSelection.ADJUDICATOR, author, direct);
            coding.settles = settled.stream().map(found -> found.id).toList();
            List<CaseCoding> before = codings.ofUnit(UnitRef.of(coding));
            if (before.stream().anyMatch(CaseCoding::isAdjudication)) {
                throw ProblemException.conflict("case '" + first.caseId + "' in " + first.year + " on '"
                        + first.dimension + "' is adjudicated already; delete that adjudication to replace it");
            }
            record(coding, before, first.caseId.toString(), change);
            return coding;
        });
    }

    private List<CaseCoding> settledCodings(List<UUID> ids) {
        List<FieldError> errors = new ArrayList<>();
        List<CaseCoding> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Optional<CaseCoding> coding = codings.findByIdOptional(ids.get(i));
            if (coding.isEmpty()) {
                errors.add(new FieldError("settles[" + i + "]", "no coding '" + ids.get(i) + "'"));
            } else if (coding.get().isAdjudication()) {
                errors.add(new FieldError("settles[" + i + "]", "is an adjudication, not a coder's coding"));
            } else if (!found.isEmpty() && !UnitRef.of(coding.get()).equals(UnitRef.of(found.get(0)))) {
                errors.add(new FieldError("settles[" + i + "]", "is not of the unit (case, year, dimension, "
                        + "codebook version) of settles[0]"));
            } else if (found.stream().anyMatch(other -> other.id.equals(coding.get().id))) {
                errors.add(new FieldError("settles[" + i + "]", "is given twice"));
            } else {
                found.add(coding.get());
            }
        }
        if (errors.isEmpty() && found.size() < 2) {
            errors.add(new FieldError("settles", "an adjudication settles two codings of a unit or more"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return found;
    }

    private CaseCoding prepare(NewCoding request, String coder, Caller author, CodingLookups lookups) {
        Codebook codebook = lookups.codebook(request.codebook())
                .orElseThrow(() -> ProblemException.invalid("codebook", "no codebook '" + request.codebook() + "'"));
        CodebookVersion version = lookups.version(codebook.id, request.codebookVersion())
                .orElseThrow(() -> ProblemException.invalid("codebookVersion", "codebook '" + codebook.slug
                        + "' has versions 1 to " + codebook.latestVersion));
        CodebookDimension dimension = version.dimension(request.dimension())
                .orElseThrow(() -> ProblemException.invalid("dimension", "'" + request.dimension()
                        + "' is not a dimension of codebook '" + codebook.slug + "' version " + version.version
                        + "; it has " + version.dimensions.stream().map(CodebookDimension::id).toList()));
        checkCodes(dimension, request.codes());
        if (request.evidence() != null && request.evidence().url() != null
                && !EvidenceChecks.isHttpUrl(request.evidence().url())) {
            throw ProblemException.invalid("evidence.url", EvidenceChecks.URL_EXPECTED);
        }
        CaseProjection caseProjection = lookups.liveCase(request.caseRef())
                .orElseThrow(() -> ProblemException.invalid("case", "no case '" + request.caseRef() + "' is known"
                        + ConsistencyTokens.mayBeOnItsWay("a case")));

        CaseCoding coding = new CaseCoding();
        coding.id = TimeOrderedIds.next();
        coding.codebookId = codebook.id;
        coding.codebookVersion = version.version;
        coding.caseId = caseProjection.id;
        coding.year = request.year();
        coding.dimension = dimension.id();
        coding.codes = request.codes().stream().sorted().toList();
        coding.coder = coder;
        coding.confidence = request.confidence();
        coding.evidenceSource = request.evidence() == null ? null : request.evidence().source();
        coding.evidenceLocator = request.evidence() == null ? null : request.evidence().locator();
        coding.evidenceQuote = request.evidence() == null ? null : request.evidence().quote();
        coding.evidenceUrl = request.evidence() == null ? null : request.evidence().url();
        coding.note = request.note();
        coding.createdBy = author.subject();
        coding.createdByName = author.name().orElse(null);
        coding.createdByInstitution = author.institution().orElse(null);
        coding.createdAt = OffsetDateTime.now();
        return coding;
    }

    /**
     * Stores a prepared coding and updates the tallies, given the unit's codings so far; 409 when its coder has
     * coded the unit already. Not transactional itself (see {@link #prepare}).
     */
    void record(CaseCoding coding, List<CaseCoding> before, String caseRef, Change change) {
        requireNotCoded(coding, before, caseRef);
        codings.persist(coding);
        List<CaseCoding> after = new ArrayList<>(before);
        after.add(coding);
        Codebook codebook = codebooks.find(coding.codebookId.toString()).orElseThrow();
        changed(codebook, UnitRef.of(coding), before, after, change);
    }

    /** 409 when the coding's coder has coded its unit already ({@code before}: the unit's codings). */
    void requireNotCoded(CaseCoding coding, List<CaseCoding> before, String caseRef) {
        if (before.stream().anyMatch(existing -> existing.coder.equals(coding.coder))) {
            throw ProblemException.conflict("coder '" + coding.coder + "' has already coded case '" + caseRef
                    + "' in " + coding.year + " on '" + coding.dimension + "'; delete that coding to replace it");
        }
    }

    /**
     * Stores prepared codings of live cases (checked with {@link #requireNotCoded}) and updates the tallies once
     * per unit: {@code before} holds every coding of the cases as stored, by unit (a unit not coded yet is absent),
     * {@code after} each changed unit's codings with the new ones. Not transactional itself (see {@link #prepare}).
     */
    void recordAll(List<CaseCoding> created, Map<UnitRef, List<CaseCoding>> before,
                   Map<UnitRef, List<CaseCoding>> after, CodingLookups lookups, Change change) {
        codings.insertAll(created);
        Set<UUID> caseIds = after.keySet().stream().map(UnitRef::caseId).collect(Collectors.toSet());
        Map<UUID, Set<GroupMembership>> memberships = caseGroups.membershipsOf(caseIds);
        List<UnitReplacement> units = after.entrySet().stream().map(unit -> new UnitReplacement(unit.getKey(),
                before.getOrDefault(unit.getKey(), List.of()), unit.getValue(),
                memberships.getOrDefault(unit.getKey().caseId(), Set.of()).stream()
                        .filter(membership -> membership.holdsIn(unit.getKey().year()))
                        .map(GroupMembership::group).collect(Collectors.toSet()))).toList();
        tallies.replaceUnits(units);
        reliabilityTallies.replaceUnits(units);
        CasesAsTheyStand standing = new CasesAsTheyStand(codingsAfter(before, after, caseIds), memberships);
        configurations.refreshAll(units.stream()
                .map(unit -> new CaseYear(unit.unit().caseId(), unit.unit().year())).distinct().toList(), standing);
        histories.refresh(caseIds, standing);
        for (UnitReplacement unit : units) {
            Codebook codebook = lookups.codebook(unit.unit().codebookId().toString()).orElseThrow();
            change.touched(List.of(codebook.slug), List.of(unit.unit().dimension()),
                    unit.groups().stream().map(group -> group.grouping().key()).distinct().toList(),
                    ReadNames.ALL_READS);
        }
    }

    /** Each of the cases' codings once the changed units hold their codings {@code after}. */
    private static Map<UUID, List<CaseCoding>> codingsAfter(Map<UnitRef, List<CaseCoding>> before,
                                                            Map<UnitRef, List<CaseCoding>> after, Set<UUID> caseIds) {
        Map<UnitRef, List<CaseCoding>> units = new HashMap<>(before);
        units.putAll(after);
        return units.entrySet().stream().filter(unit -> caseIds.contains(unit.getKey().caseId()))
                .flatMap(unit -> unit.getValue().stream())
                .collect(Collectors.groupingBy(coding -> coding.caseId));
    }

    /** Removes a coding; empty when there is none with this id. */
    public Optional<CaseCoding> delete(UUID id) {
        return dataChanges.apply(change -> codings.findByIdOptional(id).map(coding -> {
            UnitRef unit = UnitRef.of(coding);
            List<CaseCoding> before = codings.ofUnit(unit);
            codings.delete(coding);
            List<CaseCoding> after = before.stream().filter(other -> !other.id.equals(coding.id)).toList();
            Codebook codebook = codebooks.find(coding.codebookId.toString()).orElseThrow();
            changed(codebook, unit, before, after, change);
            return coding;
        }));
    }

    private void changed(Codebook codebook, UnitRef unit, List<CaseCoding> before, List<CaseCoding> after,
                         Change change) {
        Set<GroupRef> groups = caseGroups.groupsOf(unit.caseId(), unit.year());
        tallies.replaceUnit(unit, before, after, groups);
        configurations.refresh(unit.caseId(), unit.year());
        histories.refresh(List.of(unit.caseId()));
        // a deleted case's codings may still be deleted; they left reliability with the case
        if (!cases.findById(unit.caseId()).deleted) {
            reliabilityTallies.replaceUnit(unit, before, after);
        }
        change.touched(List.of(codebook.slug), List.of(unit.dimension()),
                groups.stream().map(group -> group.grouping().key()).distinct().toList(), ReadNames.ALL_READS);
    }

    private static void checkCodes(CodebookDimension dimension, List<String> codes) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (dimension.code(code).isEmpty()) {
                errors.add(new FieldError("codes[" + i + "]", "'" + code + "' is not a code of dimension '"
                        + dimension.id() + "' in this codebook version"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("codes[" + i + "]", "'" + code + "' is given twice"));
            }
        }
        if (dimension.isPath()) {
            Set<Integer> steps = new HashSet<>();
            for (int i = 0; i < codes.size(); i++) {
                Integer step = dimension.code(codes.get(i)).map(CodebookCode::order).orElse(null);
                if (step != null && !steps.add(step)) {
                    errors.add(new FieldError("codes[" + i + "]", "a path has one stage per step; step " + step
                            + " is given twice"));
                }
            }
        }
        if (!dimension.multiValued() && codes.size() != 1) {
            errors.add(new FieldError("codes", "dimension '" + dimension.id() + "' takes exactly one code"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
