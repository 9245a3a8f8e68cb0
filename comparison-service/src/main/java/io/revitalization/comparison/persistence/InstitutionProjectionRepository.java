package io.revitalization.comparison.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.comparison.domain.InstitutionProjection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InstitutionProjectionRepository implements PanacheRepositoryBase<InstitutionProjection, UUID> {

    public Optional<InstitutionProjection> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
