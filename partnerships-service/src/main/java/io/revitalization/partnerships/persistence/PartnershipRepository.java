package io.revitalization.partnerships.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.partnerships.domain.PartnershipFilter;
import io.revitalization.partnerships.domain.UpdateStatus;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.persistence.NativeStatements;
import io.revitalization.support.refs.Reference;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {
    /**
     * Active in a year: the agreement's known dates cover it (a missing start or end leaves that side open, but a
     * partnership with no dates at all is not placed in any year by them), or a member reported activity in it.
     */
    private static final String ACTIVE_IN_YEAR = """
            (((p.agreement.start is not null or p.agreement.end is not null)
              and (p.agreement.start is null or extract(year from p.agreement.start) <= :year)
              and (p.agreement.end is null or extract(year from p.agreement.end) >= :year))
             or exists (select 1 from PartnershipUpdate yu where yu.partnershipId = p.id
                        and yu.status = :activeStatus and extract(year from yu.content.date) = :year))""";

    /** The partnership with this id or slug, unless deleted. */
    public Optional<Partnership> findLive(String idOrSlug) {
        return Reference.find(idOrSlug,
                id -> find("id = ?1 and deleted = false", id).firstResultOptional(),
                slug -> find("slug = ?1 and deleted = false", slug).firstResultOptional());
    }

    /** The partnerships with these ids, deleted ones included. */
    public Map<UUID, Partnership> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Partnership> found = list("id in ?1", ids);
        return found.stream().collect(Collectors.toMap(partnership -> partnership.id, Function.identity()));
    }

    /** Deleted partnerships keep their slug, so a slug is never reused for another partnership. */
    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    /** Ordered by creation, oldest first (so pages stay stable while partnerships are added). */
    public List<Partnership> list(PartnershipFilter filter, Visibility visibility, PageRequest page) {
        Conditions conditions = new Conditions().add("p.deleted = false")
                .addAll(visibility.on("p"))
                .add("exists (select 1 from p.members cm where cm.country = :country)", "country", filter.country())
                .add("exists (select 1 from p.members im where im.institutionId = :institution"
                        + " and im.consent = io.revitalization.partnerships.domain.MemberConsent.CONFIRMED)",
                        "institution",
                        filter.institutionId())
                .add("p.kind = :kind", "kind", filter.kind())
                .add("array_contains(p.themes, :theme)", "theme", filter.theme())
                .add("p.phase = :phase", "phase", filter.phase())
                .add("p.agreement.status = :status", "status", filter.status());
        if (filter.year() != null) {
            conditions.add(ACTIVE_IN_YEAR, "year", filter.year()).parameters().and("activeStatus", UpdateStatus.ACTIVE);
        }
        page.decodedCursor(2).ifPresent(cursor -> conditions
                .add("(p.createdAt > :afterCreated or (p.createdAt = :afterCreated and p.id > :afterId))",
                        "afterCreated", CursorValues.timeOrInvalidCursor(cursor.value(0)))
                .parameters().and("afterId", CursorValues.uuidOrInvalidCursor(cursor.value(1))));
        return find("from Partnership p where " + conditions.where(), Sort.by("p.createdAt").and("p.id"),
                conditions.parameters()).page(0, page.fetchSize()).list();
    }

    public static Cursor cursorOf(Partnership partnership) {
        return Cursor.of(partnership.createdAt.toString(), partnership.id.toString());
    }

    /** Partnerships whose agreement ends between the two dates (inclusive) and is not over, soonest first. */
    public List<Partnership> agreementsEnding(LocalDate from, LocalDate to, Visibility visibility, PageRequest page) {
        Conditions conditions = new Conditions().add("p.deleted = false")
                .addAll(visibility.on("p"))
                .add("p.agreement.end >= :from", "from", from)
                .add("p.agreement.end <= :to", "to", to)
                .add("(p.agreement.status is null or p.agreement.status in ('PROPOSED', 'ACTIVE'))");
        page.decodedCursor(2).ifPresent(cursor -> conditions
                .add("(p.agreement.end > :afterEnd or (p.agreement.end = :afterEnd and p.id > :afterId))",
                        "afterEnd", CursorValues.dateOrInvalidCursor(cursor.value(0)))
                .parameters().and("afterId", CursorValues.uuidOrInvalidCursor(cursor.value(1))));
        return find("from Partnership p where " + conditions.where(), Sort.by("p.agreement.end").and("p.id"),
                conditions.parameters()).page(0, page.fetchSize()).list();
    }

    public static Cursor endingCursorOf(Partnership partnership) {
        return Cursor.of(partnership.agreement.end.toString(), partnership.id.toString());
    }

    /** Every partnership the reader may see, active in the year when one is given (for the network). */
    public List<Partnership> visible(Visibility visibility, Integer year) {
        Conditions conditions = new Conditions().add("p.deleted = false").addAll(visibility.on("p"));
        if (year != null) {
            conditions.add(ACTIVE_IN_YEAR, "year", year).parameters().and("activeStatus", UpdateStatus.ACTIVE);
        }
        return find("from Partnership p where " + conditions.where(), Sort.by("p.createdAt").and("p.id"),
                conditions.parameters()).list();
    }

    /** Members carry their institution's country for filtering; this keeps it in step with the directory. */
    public void updateMemberCountry(UUID institutionId, String country) {
        NativeStatements.change(getEntityManager(), getEntityManager()
                .createNativeQuery("UPDATE partnership_member SET country = :country WHERE institution_id = :id")
                .setParameter("country", country)
                .setParameter("id", institutionId), "partnership_member");
    }
}
