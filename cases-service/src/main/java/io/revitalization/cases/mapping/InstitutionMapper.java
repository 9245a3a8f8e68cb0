package io.revitalization.cases.mapping;

import io.revitalization.cases.domain.Institution;
import io.revitalization.events.InstitutionV1;

/** An institution's full state as the {@code institution.*.v1} events carry it. */
public final class InstitutionMapper {
    private InstitutionMapper() {
    }

    public static InstitutionV1 toEvent(Institution institution, StoredJson json) {
        return new InstitutionV1(institution.id, institution.slug, institution.version, institution.kind.name(),
                json.text(institution.name), institution.country, json.text(institution.region),
                institution.isDeleted(), institution.updatedAt);
    }
}
