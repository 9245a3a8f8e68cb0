package io.revitalization.partnerships.app;

import io.revitalization.partnerships.domain.Institution;
import io.revitalization.partnerships.persistence.InstitutionRepository;
import io.revitalization.partnerships.persistence.PartnershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The institutions this service knows, kept from cases-service's events. Each event carries the institution's
 * full state and version; an event not newer than what is held changes nothing, so redelivered and reordered
 * events are harmless.
 */
@ApplicationScoped
public class InstitutionDirectory {
    private static final Logger LOG = Logger.getLogger(InstitutionDirectory.class);

    private final InstitutionRepository institutions;
    private final PartnershipRepository partnerships;
    private final Event<InstitutionChanged> changes;

    public InstitutionDirectory(InstitutionRepository institutions, PartnershipRepository partnerships,
                                Event<InstitutionChanged> changes) {
        this.institutions = institutions;
        this.partnerships = partnerships;
        this.changes = changes;
    }

    @Transactional
    public void apply(InstitutionCommand command) {
        Optional<Institution> held = institutions.findByIdOptional(command.id());
        if (held.isPresent() && held.get().version >= command.version()) {
            LOG.debugf("institution %s version %d is not newer than %d; ignored", command.id(), command.version(),
                    held.get().version);
            return;
        }
        Institution institution = held.orElseGet(Institution::new);
        boolean countryChanged = held.isPresent() && !Objects.equals(institution.country, command.country());
        institution.id = command.id();
        institution.slug = command.slug();
        institution.version = command.version();
        institution.kind = command.kind();
        institution.name = command.name();
        institution.country = command.country();
        institution.deleted = command.deleted();
        institution.updatedAt = command.updatedAt();
        if (held.isEmpty()) {
            institutions.persist(institution);
        } else {
            changes.fire(new InstitutionChanged(institution.id));
        }
        if (countryChanged) {
            partnerships.updateMemberCountry(command.id(), command.country());
        }
    }

    @Transactional
    public Optional<Institution> findLive(String idOrSlug) {
        return institutions.findLive(idOrSlug);
    }

    /** The institutions with these ids, deleted ones included (partnerships and updates keep referring to them). */
    @Transactional
    public Map<UUID, Institution> byIds(Collection<UUID> ids) {
        return institutions.byIds(ids);
    }
}
