package io.revitalization.partnerships.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.revitalization.partnerships.domain.PhaseChange;
import io.revitalization.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PhaseChangeRepository implements PanacheRepositoryBase<PhaseChange, UUID> {

    /** The history in the order it was recorded, oldest first. */
    public List<PhaseChange> history(UUID partnershipId, PageRequest page) {
        int after = page.decodedCursor(1).map(cursor -> CursorValues.intOrInvalidCursor(cursor.value(0))).orElse(0);
        return find("partnershipId = ?1 and sequence > ?2", Sort.by("sequence"), partnershipId, after)
                .page(0, page.fetchSize()).list();
    }

    public int lastSequence(UUID partnershipId) {
        Integer last = getEntityManager()
                .createQuery("select max(c.sequence) from PhaseChange c where c.partnershipId = :id", Integer.class)
                .setParameter("id", partnershipId)
                .getSingleResult();
        return last == null ? 0 : last;
    }
}
