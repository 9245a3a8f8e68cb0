package io.revitalization.partnerships.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.partnerships.domain.FlowDirection;
import io.revitalization.partnerships.domain.PartnershipUpdate;
import io.revitalization.partnerships.domain.UpdateFilter;
import io.revitalization.partnerships.domain.UpdateKind;
import io.revitalization.partnerships.domain.UpdateStatus;
import io.revitalization.partnerships.domain.analysis.FlowCount;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartnershipUpdateRepository implements PanacheRepositoryBase<PartnershipUpdate, UUID> {
    private static final String FROM_VISIBLE = "from PartnershipUpdate u, Partnership p where p.id = u.partnershipId"
            + " and p.deleted = false and ";

    /** Newest first: by the date of what happened, then by posting time. */
    public List<PartnershipUpdate> feed(UpdateFilter filter, Visibility visibility, PageRequest page) {
        Conditions conditions = filtered(filter, visibility);
        page.decodedCursor(3).ifPresent(cursor -> conditions
                .add("""
                        (u.content.date < :beforeDate or (u.content.date = :beforeDate and (u.postedAt < :beforePosted
                         or (u.postedAt = :beforePosted and u.id < :beforeId))))""",
                        "beforeDate", CursorValues.dateOrInvalidCursor(cursor.value(0)))
                .parameters()
                .and("beforePosted", CursorValues.timeOrInvalidCursor(cursor.value(1)))
                .and("beforeId", CursorValues.uuidOrInvalidCursor(cursor.value(2))));
        return conditions.bind(getEntityManager().createQuery("select u " + FROM_VISIBLE + conditions.where()
                        + " order by u.content.date desc, u.postedAt desc, u.id desc", PartnershipUpdate.class))
                .setMaxResults(page.fetchSize())
                .getResultList();
    }

    public static Cursor cursorOf(PartnershipUpdate update) {
        return Cursor.of(update.content.date.toString(), update.postedAt.toString(), update.id.toString());
    }

    /**
     * Activity (active updates that are not phase-change requests) counted per partnership, year and direction,
     * over the partnerships the reader may see ({@code partnershipIds} {@code null}: all of them).
     */
    public List<FlowCount> flowCounts(Collection<UUID> partnershipIds, Visibility visibility, Integer year) {
        if (partnershipIds != null && partnershipIds.isEmpty()) {
            return List.of();
        }
        Conditions conditions = activity(visibility)
                .add("u.partnershipId in :partnershipIds", "partnershipIds", partnershipIds)
                .add("extract(year from u.content.date) = :year", "year", year);
        return conditions.bind(getEntityManager().createQuery("select new " + FlowCount.class.getName()
                        + "(u.partnershipId, extract(year from u.content.date), u.content.direction, count(u)) "
                        + FROM_VISIBLE + conditions.where()
                        + " group by u.partnershipId, extract(year from u.content.date), u.content.direction", FlowCount.class))
                .getResultList();
    }

    /** Active outcomes reported as mutual: the joint outputs of a partnership. */
    public long jointOutputs(UUID partnershipId) {
        return count("partnershipId = ?1 and status = ?2 and content.kind = ?3 and content.direction = ?4", partnershipId,
                UpdateStatus.ACTIVE, UpdateKind.OUTCOME, FlowDirection.MUTUAL);
    }

    private static Conditions activity(Visibility visibility) {
        return new Conditions()
                .addAll(visibility.on("p"))
                .add("u.status = :activeStatus", "activeStatus", UpdateStatus.ACTIVE)
                .add("u.content.kind <> :notActivity", "notActivity", UpdateKind.PHASE_CHANGE_REQUEST);
    }

    private static Conditions filtered(UpdateFilter filter, Visibility visibility) {
        return new Conditions()
                .addAll(visibility.on("p"))
                .add("u.partnershipId = :partnershipId", "partnershipId", filter.partnershipId())
                .add("u.authorInstitutionId = :author", "author", filter.authorInstitutionId())
                .add("u.content.kind = :kind", "kind", filter.kind())
                .add("u.content.direction = :direction", "direction", filter.direction())
                .add("u.status = :status", "status", filter.status())
                .add("extract(year from u.content.date) = :year", "year", filter.year());
    }
}
