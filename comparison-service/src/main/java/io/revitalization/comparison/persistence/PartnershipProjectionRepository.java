package io.revitalization.comparison.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.comparison.domain.PartnershipProjection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class PartnershipProjectionRepository implements PanacheRepositoryBase<PartnershipProjection, UUID> {
}
