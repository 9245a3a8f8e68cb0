package io.revitalization.events;

import java.util.List;
import java.util.Optional;

/** Every event type of the suite. A new version of a type is a new constant; old ones stay readable. */
public final class EventTypes {
    public static final EventType<InstitutionV1> INSTITUTION_CREATED =
            new EventType<>("institution.created.v1", Topics.INSTITUTIONS, InstitutionV1.class);
    public static final EventType<InstitutionV1> INSTITUTION_UPDATED =
            new EventType<>("institution.updated.v1", Topics.INSTITUTIONS, InstitutionV1.class);
    public static final EventType<InstitutionV1> INSTITUTION_DELETED =
            new EventType<>("institution.deleted.v1", Topics.INSTITUTIONS, InstitutionV1.class);

    public static final EventType<CaseV1> CASE_CREATED = new EventType<>("case.created.v1", Topics.CASES, CaseV1.class);
    public static final EventType<CaseV1> CASE_UPDATED = new EventType<>("case.updated.v1", Topics.CASES, CaseV1.class);
    public static final EventType<CaseV1> CASE_DELETED = new EventType<>("case.deleted.v1", Topics.CASES, CaseV1.class);

    public static final EventType<PartnershipV1> PARTNERSHIP_CREATED =
            new EventType<>("partnership.created.v1", Topics.PARTNERSHIPS, PartnershipV1.class);
    public static final EventType<PartnershipV1> PARTNERSHIP_UPDATED =
            new EventType<>("partnership.updated.v1", Topics.PARTNERSHIPS, PartnershipV1.class);
    public static final EventType<PartnershipUpdatePostedV1> PARTNERSHIP_UPDATE_POSTED =
            new EventType<>("partnership.update-posted.v1", Topics.PARTNERSHIPS, PartnershipUpdatePostedV1.class);
    public static final EventType<PartnershipPhaseChangedV1> PARTNERSHIP_PHASE_CHANGED =
            new EventType<>("partnership.phase-changed.v1", Topics.PARTNERSHIPS, PartnershipPhaseChangedV1.class);

    public static final List<EventType<?>> ALL = List.of(
            INSTITUTION_CREATED, INSTITUTION_UPDATED, INSTITUTION_DELETED,
            CASE_CREATED, CASE_UPDATED, CASE_DELETED,
            PARTNERSHIP_CREATED, PARTNERSHIP_UPDATED, PARTNERSHIP_UPDATE_POSTED, PARTNERSHIP_PHASE_CHANGED);

    private EventTypes() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
