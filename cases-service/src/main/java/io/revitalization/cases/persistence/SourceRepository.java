package io.revitalization.cases.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.revitalization.cases.domain.Source;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String> {

    public Map<String, Source> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    }

    public List<Source> page(Optional<String> afterId, int size) {
        return afterId.map(after -> find("id > ?1", Sort.by("id"), after)).orElseGet(() -> findAll(Sort.by("id")))
                .page(0, size).list();
    }
}
