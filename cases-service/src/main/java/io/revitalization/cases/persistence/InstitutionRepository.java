package io.revitalization.cases.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.support.refs.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** The institutions the references (ids or slugs) name; deleted ones included. */
    public List<Institution> findByRefs(Collection<String> refs) {
        Reference.Split split = Reference.split(refs);
        if (split.isEmpty()) {
            return List.of();
        }
        return list("id in ?1 or slug in ?2", split.idsOrNone(), split.slugsOrNone());
    }

    public Map<UUID, Institution> mapByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
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
