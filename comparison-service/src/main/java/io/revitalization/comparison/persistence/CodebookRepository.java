package io.revitalization.comparison.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.comparison.domain.Codebook;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CodebookRepository implements PanacheRepositoryBase<Codebook, UUID> {

    public Optional<Codebook> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Codebooks in slug order after {@code afterSlug} (keyset paging). */
    public List<Codebook> page(String afterSlug, int size) {
        return afterSlug == null
                ? find("order by slug").page(0, size).list()
                : find("slug > ?1 order by slug", afterSlug).page(0, size).list();
    }
}
