package io.revitalization.cases.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.revitalization.cases.domain.CaseRevision;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseRevisionRepository implements PanacheRepositoryBase<CaseRevision, CaseRevision.Key> {

    public List<CaseRevision> page(UUID caseId, Optional<Long> afterVersion, int size) {
        return find("key.caseId = ?1 and key.version > ?2", Sort.by("key.version"), caseId, afterVersion.orElse(0L))
                .page(0, size).list();
    }

    public Optional<CaseRevision> find(UUID caseId, long version) {
        return findByIdOptional(new CaseRevision.Key(caseId, version));
    }
}
