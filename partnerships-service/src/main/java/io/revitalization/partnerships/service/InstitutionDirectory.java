package io.revitalization.partnerships.service;

import io.revitalization.backbone.inbox.PoisonEventException;
import io.revitalization.events.InstitutionV1;
import io.revitalization.partnerships.domain.Institution;
import io.revitalization.partnerships.repository.InstitutionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Objects;
import java.util.Optional;

/**
 * The institutions this service knows, kept from cases-service's events. Each event carries the institution's
 * full state and version; an event not newer than what is held changes nothing, so redelivered and reordered
 * events are harmless.
 */
@ApplicationScoped
public class InstitutionDirectory {
    private static final Logger LOG = Logger.getLogger(InstitutionDirectory.class);

    private final InstitutionRepository institutions;
    private final EntityManager entityManager;

    public InstitutionDirectory(InstitutionRepository institutions, EntityManager entityManager) {
        this.institutions = institutions;
        this.entityManager = entityManager;
    }

    @Transactional
    public void apply(InstitutionV1 event, boolean deleted) {
        if (event == null || event.id() == null || event.name() == null) {
            throw new PoisonEventException("an institution event needs an id and a name");
        }
        Optional<Institution> held = institutions.findByIdOptional(event.id());
        if (held.isPresent() && held.get().version >= event.version()) {
            LOG.debugf("institution %s version %d is not newer than %d; ignored", event.id(), event.version(),
                    held.get().version);
            return;
        }
        Institution institution = held.orElseGet(Institution::new);
        boolean countryChanged = held.isPresent() && !Objects.equals(institution.country, event.country());
        institution.id = event.id();
        institution.slug = event.slug();
        institution.version = event.version();
        institution.kind = event.kind();
        institution.name = event.name();
        institution.country = event.country();
        institution.deleted = deleted || event.deleted();
        institution.updatedAt = event.updatedAt();
        if (held.isEmpty()) {
            institutions.persist(institution);
        }
        if (countryChanged) {
            // members carry their institution's country for filtering; keep it in step
            entityManager.createNativeQuery("UPDATE partnership_member SET country = :country WHERE institution_id = :id")
                    .setParameter("country", event.country())
                    .setParameter("id", event.id())
                    .executeUpdate();
        }
    }

    @Transactional
    public Optional<Institution> findLive(String idOrSlug) {
        return institutions.findLive(idOrSlug);
    }
}
