package io.revitalization.partnerships.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.partnerships.domain.Institution;
import io.revitalization.support.refs.Reference;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, UUID> {

    /** A known, not deleted institution by id or slug. */
    public Optional<Institution> findLive(String idOrSlug) {
        return Reference.find(idOrSlug,
                id -> find("id = ?1 and deleted = false", id).firstResultOptional(),
                slug -> find("slug = ?1 and deleted = false", slug).firstResultOptional());
    }

    public Map<UUID, Institution> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Institution> found = list("id in ?1", ids);
        return found.stream().collect(Collectors.toMap(institution -> institution.id, Function.identity()));
    }
}
