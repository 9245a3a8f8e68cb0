package io.revitalization.comparison.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.comparison.domain.CodebookVersion;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CodebookVersionRepository implements PanacheRepositoryBase<CodebookVersion, CodebookVersion.Key> {

    public Optional<CodebookVersion> find(UUID codebookId, int version) {
        return findByIdOptional(new CodebookVersion.Key(codebookId, version));
    }
}
