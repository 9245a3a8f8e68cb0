package io.revitalization.cases.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.support.refs.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;
import org.hibernate.SessionCheckMode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, UUID> {

    /** By id or by slug, deleted ones included. */
    public Optional<Institution> findByRef(String ref) {
        return Reference.find(ref, this::findByIdOptional, slug -> find("slug", slug).firstResultOptional());
    }

    public Optional<Institution> findByRefForUpdate(String ref) {
        return Reference.find(ref, id -> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE),
                slug -> find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional());
    }

    public boolean slugExists(String slug) {
        return count("slug", slug) > 0;
    }

    /**
     * The institutions the references (ids or slugs) name; deleted ones included. Ids and slugs are each loaded
     * by one array parameter (one statement plan whatever their number), those already loaded in this
     * transaction without a statement.
     */
    public List<Institution> findByRefs(Collection<String> refs) {
        Reference.Split split = Reference.split(refs);
        List<Institution> found = new ArrayList<>(byIds(split.ids()));
        if (!split.slugs().isEmpty()) {
            found.addAll(session().byMultipleNaturalId(Institution.class).multiLoad(split.slugs()));
        }
        found.removeIf(Objects::isNull);
        return found;
    }

    /** Those of the ids that exist, by id; those loaded in this transaction already cost no statement. */
    public Map<UUID, Institution> mapByIds(Collection<UUID> ids) {
        Map<UUID, Institution> found = new HashMap<>();
        byIds(List.copyOf(ids)).stream().filter(Objects::nonNull).forEach(i -> found.put(i.id, i));
        return found;
    }

    private List<Institution> byIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : session().findMultiple(Institution.class, ids, SessionCheckMode.ENABLED);
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }

    /**
     * Active institutions after the given slug, in slug order, filtered; {@code name} is folded text, {@code refs}
     * ids or slugs.
     */
    public List<Institution> page(Optional<String> country, Optional<InstitutionKind> kind, Optional<String> name,
                                  Optional<List<String>> refs, Optional<String> afterSlug, int size) {
        StringBuilder query = new StringBuilder("deletedAt is null");
        Map<String, Object> params = new HashMap<>();
        country.ifPresent(value -> {
            query.append(" and country = :country");
            params.put("country", value);
        });
        kind.ifPresent(value -> {
            query.append(" and kind = :kind");
            params.put("kind", value);
        });
        name.ifPresent(value -> {
            query.append(" and locate(:name, searchName) > 0");
            params.put("name", value);
        });
        refs.map(Reference::split).ifPresent(split -> {
            query.append(" and (id in :refIds or slug in :refSlugs)");
            params.put("refIds", split.idsOrNone());
            params.put("refSlugs", split.slugsOrNone());
        });
        afterSlug.ifPresent(value -> {
            query.append(" and slug > :after");
            params.put("after", value);
        });
        return find(query.toString(), Sort.by("slug"), params).page(0, size).list();
    }
}
