package io.revitalization.partnerships.app;

import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.partnerships.domain.PartnershipUpdate;
import io.revitalization.partnerships.domain.UpdateContent;
import io.revitalization.partnerships.domain.UpdateFilter;
import io.revitalization.partnerships.domain.UpdateKind;
import io.revitalization.partnerships.domain.UpdateRevision;
import io.revitalization.partnerships.domain.UpdateStatus;
import io.revitalization.partnerships.persistence.PartnershipUpdateRepository;
import io.revitalization.partnerships.persistence.UpdateRevisionRepository;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.persistence.TimeOrderedIds;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.refs.Reference;
import io.revitalization.support.security.Caller;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Updates posted by member universities. Only a member institution posts; only the posting institution corrects
 * (each correction is kept as a revision); the author, a curator or an admin may withdraw, which marks the update
 * and keeps it readable. Nothing is deleted.
 */
@ApplicationScoped
public class PartnershipUpdateService {
    private final PartnershipService partnerships;
    private final PartnershipUpdateRepository updates;
    private final UpdateRevisionRepository revisions;
    private final PartnershipEvents events;

    public PartnershipUpdateService(PartnershipService partnerships, PartnershipUpdateRepository updates,
                                    UpdateRevisionRepository revisions, PartnershipEvents events) {
        this.partnerships = partnerships;
        this.updates = updates;
        this.revisions = revisions;
        this.events = events;
    }

    @Transactional
    public Optional<PartnershipUpdate> post(String partnershipIdOrSlug, Supplier<UpdateCommand> content,
                                            Caller caller) {
        return partnerships.find(partnershipIdOrSlug, caller).map(partnership -> {
            UUID author = Access.requireMemberInstitution(caller, partnership);
            UpdateCommand command = content.get();
            requireConsistentKind(command);
            PartnershipUpdate update = new PartnershipUpdate();
            update.id = TimeOrderedIds.next();
            update.version = Partnership.FIRST_VERSION;
            update.partnershipId = partnership.id;
            update.authorInstitutionId = author;
            update.authorSubject = caller.subject();
            update.revision = 1;
            update.status = UpdateStatus.ACTIVE;
            update.postedAt = Times.now();
            apply(command, update);
            updates.persistAndFlush(update);
            revisions.persist(UpdateRevision.of(update, caller.subject(), update.postedAt));
            events.updatePosted(update);
            return update;
        });
    }

    /** Replaces the content with a new revision; the earlier revisions stay readable. */
    @Transactional
    public Optional<PartnershipUpdate> correct(String partnershipIdOrSlug, String updateId,
                                               Supplier<UpdateCommand> content, Caller caller,
                                               LongConsumer versionCheck) {
        return find(partnershipIdOrSlug, updateId, caller).map(update -> {
            if (caller.institution().filter(update.authorInstitutionId::equals).isEmpty()) {
                throw ProblemException.forbidden("only the institution that posted an update may correct it");
            }
            if (update.status == UpdateStatus.WITHDRAWN) {
                throw ProblemException.conflict("a withdrawn update cannot be corrected");
            }
            UpdateCommand command = content.get();
            versionCheck.accept(update.version);
            requireConsistentKind(command);
            apply(command, update);
            update.revision++;
            updates.flush();
            revisions.persist(UpdateRevision.of(update, caller.subject(), update.updatedAt));
            events.updateCorrected(update);
            return update;
        });
    }

    /** Marks the update withdrawn (by its author, a curator or an admin); it stays in feeds, marked. */
    @Transactional
    public Optional<PartnershipUpdate> withdraw(String partnershipIdOrSlug, String updateId,
                                                Supplier<LocalizedText> withdrawalReason, Caller caller,
                                                LongConsumer versionCheck) {
        return find(partnershipIdOrSlug, updateId, caller).map(update -> {
            if (!caller.isAtLeastCurator() && caller.institution().filter(update.authorInstitutionId::equals).isEmpty()) {
                throw ProblemException.forbidden("only the institution that posted an update, a curator or an admin "
                        + "may withdraw it");
            }
            if (update.status == UpdateStatus.WITHDRAWN) {
                throw ProblemException.conflict("the update is already withdrawn");
            }
            LocalizedText reason = withdrawalReason.get();
            versionCheck.accept(update.version);
            update.status = UpdateStatus.WITHDRAWN;
            update.withdrawnAt = Times.now();
            update.withdrawnBy = caller.subject();
            update.withdrawalReason = reason;
            update.updatedAt = update.withdrawnAt;
            updates.flush();
            events.updateWithdrawn(update);
            return update;
        });
    }

    @Transactional
    public Optional<PartnershipUpdate> find(String partnershipIdOrSlug, String updateId, Caller caller) {
        Optional<UUID> id = Reference.uuid(updateId);
        return partnerships.find(partnershipIdOrSlug, caller)
                .flatMap(partnership -> id.flatMap(updates::findByIdOptional)
                        .filter(update -> update.partnershipId.equals(partnership.id)));
    }

    /** The feed of one partnership; empty when the partnership does not exist for this caller. */
    @Transactional
    public Optional<Page<PartnershipUpdate>> feed(String partnershipIdOrSlug, UpdateFilter filter, Caller caller,
                                                  PageRequest page) {
        return partnerships.find(partnershipIdOrSlug, caller).map(partnership -> feedOf(new UpdateFilter(
                partnership.id, filter.authorInstitutionId(), filter.kind(), filter.direction(), filter.status(),
                filter.year()), caller, page));
    }

    /** The feed of every partnership the caller may see. */
    @Transactional
    public Page<PartnershipUpdate> feedAll(UpdateFilter filter, Caller caller, PageRequest page) {
        return feedOf(filter, caller, page);
    }

    @Transactional
    public Optional<Page<UpdateRevision>> revisions(String partnershipIdOrSlug, String updateId, Caller caller,
                                                    PageRequest page) {
        return find(partnershipIdOrSlug, updateId, caller).map(update -> Page.fromRows(
                revisions.revisions(update.id, page), page,
                revision -> Cursor.of(Integer.toString(revision.revision))));
    }

    private Page<PartnershipUpdate> feedOf(UpdateFilter filter, Caller caller, PageRequest page) {
        return Page.fromRows(updates.feed(filter, Access.visibilityFor(caller), page), page,
                PartnershipUpdateRepository::cursorOf);
    }

    private static void requireConsistentKind(UpdateCommand command) {
        if (command.kind() == UpdateKind.PHASE_CHANGE_REQUEST && command.requestedPhase() == null) {
            throw ProblemException.invalid("requestedPhase", "is required for a PHASE_CHANGE_REQUEST");
        }
        if (command.kind() != UpdateKind.PHASE_CHANGE_REQUEST && command.requestedPhase() != null) {
            throw ProblemException.invalid("requestedPhase", "is only for updates of kind PHASE_CHANGE_REQUEST");
        }
    }

    private static void apply(UpdateCommand command, PartnershipUpdate update) {
        update.content = UpdateContent.of(command.kind(), command.requestedPhase(), command.date(), command.text(),
                command.direction(), command.participants(), command.links());
        update.updatedAt = Times.now();
    }
}
