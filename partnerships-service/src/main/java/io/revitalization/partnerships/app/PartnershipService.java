package io.revitalization.partnerships.app;

import io.revitalization.support.http.ConsistencyTokens;
import io.revitalization.partnerships.domain.Institution;
import io.revitalization.partnerships.domain.Member;
import io.revitalization.partnerships.domain.MemberConsent;
import io.revitalization.partnerships.domain.Membership;
import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.partnerships.domain.PartnershipFilter;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.partnerships.domain.PhaseChange;
import io.revitalization.partnerships.persistence.InstitutionRepository;
import io.revitalization.partnerships.persistence.PartnershipRepository;
import io.revitalization.partnerships.persistence.PhaseChangeRepository;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.persistence.TimeOrderedIds;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.InstitutionAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

@ApplicationScoped
public class PartnershipService {
    static final String SEED_RECORDER = "seed";

    private final PartnershipRepository partnerships;
    private final InstitutionRepository institutions;
    private final PhaseChangeRepository phaseChanges;
    private final PartnershipEvents events;

    public PartnershipService(PartnershipRepository partnerships, InstitutionRepository institutions,
                              PhaseChangeRepository phaseChanges, PartnershipEvents events) {
        this.partnerships = partnerships;
        this.institutions = institutions;
        this.phaseChanges = phaseChanges;
        this.events = events;
    }

    @Transactional
    public Optional<Partnership> find(String idOrSlug, Caller caller) {
        return partnerships.findLive(idOrSlug).filter(partnership -> Access.maySee(caller, partnership));
    }

    /** The partnerships with these ids, deleted ones included (their updates keep referring to them). */
    @Transactional
    public Map<UUID, Partnership> byIds(Collection<UUID> ids) {
        return partnerships.byIds(ids);
    }

    @Transactional
    public Page<Partnership> list(PartnershipFilter filter, Caller caller, PageRequest page) {
        return Page.fromRows(partnerships.list(filter, Access.visibilityFor(caller), page), page,
                PartnershipRepository::cursorOf);
    }

    /** Agreements that end in the next {@code withinDays} days (today included) and are not over yet. */
    @Transactional
    public Page<Partnership> agreementsEnding(int withinDays, Caller caller, PageRequest page) {
        LocalDate today = LocalDate.now();
        return Page.fromRows(partnerships.agreementsEnding(today, today.plusDays(withinDays),
                Access.visibilityFor(caller), page), page, PartnershipRepository::endingCursorOf);
    }

    @Transactional
    public Partnership create(PartnershipCommand command, Caller caller) {
        if (command.slug() != null && partnerships.slugTaken(command.slug())) {
            throw ProblemException.conflict("the slug '" + command.slug() + "' is already taken");
        }
        Partnership partnership = new Partnership();
        partnership.id = TimeOrderedIds.next();
        partnership.version = Partnership.FIRST_VERSION;
        partnership.slug = command.slug();
        partnership.createdAt = Times.now();
        apply(command, partnership, ConsentRule.namedBy(caller, List.of()));
        requireStewardOfResult(caller, partnership, "create");
        partnerships.persistAndFlush(partnership);
        events.created(partnership);
        return partnership;
    }

    /**
     * Replaces the content (not the phase, which changes through {@link #changePhase}). {@code content} reads and
     * checks the body; it is called only once the caller may edit the partnership.
     */
    @Transactional
    public Optional<Partnership> replace(String idOrSlug, Supplier<PartnershipCommand> content, Caller caller,
                                         LongConsumer versionCheck) {
        return find(idOrSlug, caller).map(partnership -> {
            Access.requireSteward(caller, partnership, "edit it");
            PartnershipCommand command = content.get();
            versionCheck.accept(partnership.version);
            if (command.slug() != null && !command.slug().equals(partnership.slug)) {
                throw ProblemException.invalid("slug", "cannot change: it is a stable identifier");
            }
            apply(command, partnership, ConsentRule.namedBy(caller, List.copyOf(partnership.members)));
            requireStewardOfResult(caller, partnership, "edit");
            publishChange(partnership);
            return partnership;
        });
    }

    /** Marks the partnership deleted: it disappears from reads, its updates and history stay stored. */
    @Transactional
    public Optional<Partnership> delete(String idOrSlug, Caller caller, LongConsumer versionCheck) {
        return find(idOrSlug, caller).map(partnership -> {
            InstitutionAccess.requireCurator(caller, "delete partnerships");
            versionCheck.accept(partnership.version);
            partnership.deleted = true;
            publishChange(partnership);
            return partnership;
        });
    }

    /**
     * Declares a new phase, recording from, to, when, why and the evidence in the history. {@code content} reads
     * and checks the body once the caller may declare it.
     */
    @Transactional
    public Optional<PhaseChanged> changePhase(String idOrSlug, Supplier<PhaseCommand> content, Caller caller,
                                             LongConsumer versionCheck) {
        return find(idOrSlug, caller).map(partnership -> {
            Access.requireSteward(caller, partnership, "declare its phase");
            PhaseCommand command = content.get();
            versionCheck.accept(partnership.version);
            if (command.phase() == partnership.phase) {
                throw ProblemException.conflict("the partnership is already in phase " + command.phase());
            }
            Phase from = partnership.phase;
            partnership.phase = command.phase();
            // the version check of this flush makes concurrent declarations fail before either records history
            publishChange(partnership);
            PhaseChange change = recordPhaseChange(partnership, new SeededPhaseChange(from, command.phase(),
                    command.at() == null ? LocalDate.now() : command.at(), command.reason(), command.evidence()),
                    caller.subject());
            events.phaseChanged(change, partnership.version);
            return new PhaseChanged(change, partnership.version);
        });
    }

    /**
     * A member institution confirms that it is a member (one of its keys, or a curator or admin recording a
     * consent given elsewhere). Confirming a confirmed member changes nothing.
     */
    @Transactional
    public Optional<Partnership> confirmMember(String idOrSlug, String institution, Caller caller,
                                               LongConsumer versionCheck) {
        return find(idOrSlug, caller).map(partnership -> {
            Member member = namedMember(partnership, institution);
            InstitutionAccess.requireCuratorOrOf(caller, member.institutionId::equals, "only the member "
                    + "institution's own keys (or a curator or admin) may confirm its membership");
            versionCheck.accept(partnership.version);
            if (!member.isConfirmed()) {
                member.consent = MemberConsent.CONFIRMED;
                publishChange(partnership);
            }
            return partnership;
        });
    }

    /** A pending member institution declines: it is removed from the partnership. */
    @Transactional
    public Optional<Partnership> declineMember(String idOrSlug, String institution, Caller caller,
                                               LongConsumer versionCheck) {
        return find(idOrSlug, caller).map(partnership -> {
            Member member = namedMember(partnership, institution);
            if (!caller.belongsTo(member.institutionId)) {
                throw ProblemException.forbidden("only the member institution's own keys may decline its "
                        + "membership");
            }
            versionCheck.accept(partnership.version);
            if (member.isConfirmed()) {
                throw ProblemException.conflict("the membership is confirmed; ask the lead member or a curator to "
                        + "remove it");
            }
            partnership.members.remove(member);
            publishChange(partnership);
            return partnership;
        });
    }

    private Member namedMember(Partnership partnership, String institution) {
        return institutions.findLive(institution).flatMap(found -> partnership.member(found.id))
                .orElseThrow(() -> ProblemException.notFound("member institution", institution));
    }

    @Transactional
    public Optional<Page<PhaseChange>> phaseHistory(String idOrSlug, Caller caller, PageRequest page) {
        return find(idOrSlug, caller).map(partnership -> Page.fromRows(
                phaseChanges.history(partnership.id, page), page,
                change -> Cursor.of(Integer.toString(change.sequence))));
    }

    /**
     * Stores a partnership of the seed file under a stable id, with its phase history as the file states it.
     * Returns {@code false} when a partnership with this slug exists already (even deleted: a curator's deletion
     * is not undone by the next start).
     */
    @Transactional
    public boolean importSeeded(UUID id, PartnershipCommand command, Phase phase, List<SeededPhaseChange> history,
                                Map<String, Object> provenance) {
        if (partnerships.slugTaken(command.slug())) {
            return false;
        }
        Partnership partnership = new Partnership();
        partnership.id = id;
        partnership.version = Partnership.FIRST_VERSION;
        partnership.slug = command.slug();
        partnership.createdAt = Times.now();
        partnership.provenance = provenance;
        apply(command, partnership, ConsentRule.SEED);
        partnership.phase = phase;
        partnerships.persistAndFlush(partnership);
        events.created(partnership);
        for (SeededPhaseChange step : history) {
            PhaseChange change = recordPhaseChange(partnership, step, SEED_RECORDER);
            events.phaseChanged(change, partnership.version);
        }
        return true;
    }

    private PhaseChange recordPhaseChange(Partnership partnership, SeededPhaseChange step, String recordedBy) {
        PhaseChange change = new PhaseChange();
        change.id = TimeOrderedIds.next();
        change.partnershipId = partnership.id;
        change.sequence = phaseChanges.lastSequence(partnership.id) + 1;
        change.from = step.from();
        change.to = step.to();
        change.at = step.at();
        change.reason = step.reason();
        change.evidence = step.evidence() == null ? List.of() : List.copyOf(step.evidence());
        change.recordedBy = recordedBy;
        change.recordedAt = Times.now();
        phaseChanges.persistAndFlush(change);
        return change;
    }

    /** Flushes first, so that the event carries the version the change produced. */
    private void publishChange(Partnership partnership) {
        partnership.updatedAt = Times.now();
        partnerships.flush();
        events.changed(partnership);
    }

    private void apply(PartnershipCommand command, Partnership partnership, ConsentRule consent) {
        Membership membership = command.membership() == null ? Membership.NAMED : command.membership();
        List<Member> members = resolveMembers(membership, command.members(), consent);
        partnership.title = command.title();
        partnership.description = command.description();
        partnership.kind = command.kind();
        partnership.membership = membership;
        partnership.members.clear();
        partnership.members.addAll(members);
        partnership.themes = new LinkedHashSet<>(command.themes()).toArray(String[]::new);
        partnership.agreement = command.agreement();
        partnership.isPublic = command.isPublic();
        partnership.evidence = new ArrayList<>(command.evidence());
        partnership.updatedAt = Times.now();
    }

    /**
     * Named partnerships have two or more distinct members, each a known institution; unnamed ones have none
     * (the source attests them without naming their institutions).
     */
    private List<Member> resolveMembers(Membership membership, List<PartnershipCommand.MemberReference> references,
                                        ConsentRule consent) {
        if (membership == Membership.UNNAMED) {
            if (!references.isEmpty()) {
                throw ProblemException.invalid("members", "must be empty when membership is UNNAMED");
            }
            return List.of();
        }
        if (references.size() < 2) {
            throw ProblemException.invalid("members", "a partnership has two or more member institutions (or "
                    + "membership UNNAMED when the source does not name them)");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < references.size(); i++) {
            PartnershipCommand.MemberReference reference = references.get(i);
            String field = "members[" + i + "].institution";
            Optional<Institution> institution = institutions.findLive(reference.institution());
            if (institution.isEmpty()) {
                errors.add(new FieldError(field, "is not a known institution (give its id or slug)"
                        + ConsistencyTokens.mayBeOnItsWay("an institution")));
            } else if (!seen.add(institution.get().id)) {
                errors.add(new FieldError(field, "is listed twice"));
            } else {
                members.add(new Member(institution.get().id, institution.get().country, reference.role(),
                        consent.of(institution.get().id, reference.role())));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return members;
    }

    /** A partner university may create or edit only partnerships that it leads (curators and admins: any). */
    private static void requireStewardOfResult(Caller caller, Partnership partnership, String action) {
        InstitutionAccess.requireCuratorOrOf(caller, partnership::isLedBy, "a partner university may " + action
                + " only partnerships that list its own institution as the LEAD member");
    }
}
