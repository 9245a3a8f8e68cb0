package io.revitalization.partnerships.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.revitalization.partnerships.domain.UpdateRevision;
import io.revitalization.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class UpdateRevisionRepository implements PanacheRepositoryBase<UpdateRevision, UpdateRevision.Key> {

    /** Every revision of an update, the first (as posted) first. */
    public List<UpdateRevision> revisions(UUID updateId, PageRequest page) {
        int after = page.decodedCursor(1).map(cursor -> CursorValues.intOrInvalidCursor(cursor.value(0))).orElse(0);
        return find("updateId = ?1 and revision > ?2", Sort.by("revision"), updateId, after)
                .page(0, page.fetchSize()).list();
    }
}
