package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.app.change.Change;
import io.revitalization.comparison.app.change.DataChanges;
import io.revitalization.comparison.app.change.ReadNames;
import io.revitalization.comparison.domain.Codebook;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.persistence.CodebookRepository;
import io.revitalization.comparison.persistence.CodebookVersionRepository;
import io.revitalization.support.security.Caller;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.refs.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Codebooks as versioned data: a change is a new version; old versions stay readable and usable. */
@ApplicationScoped
public class CodebookService {
    private final CodebookRepository codebooks;
    private final CodebookVersionRepository versions;
    private final DataChanges dataChanges;

    public CodebookService(CodebookRepository codebooks, CodebookVersionRepository versions, DataChanges dataChanges) {
        this.codebooks = codebooks;
        this.versions = versions;
        this.dataChanges = dataChanges;
    }

    public Optional<Codebook> find(String idOrSlug) {
        return Reference.find(idOrSlug, codebooks::findByIdOptional, codebooks::findBySlug);
    }

    public Optional<CodebookVersion> latest(String idOrSlug) {
        return find(idOrSlug).flatMap(codebook -> versions.find(codebook.id, codebook.latestVersion));
    }

    public Optional<CodebookVersion> version(String idOrSlug, int version) {
        return find(idOrSlug).flatMap(codebook -> versions.find(codebook.id, version));
    }

    public Optional<CodebookVersion> version(UUID codebookId, int version) {
        return versions.find(codebookId, version);
    }

    public List<Codebook> page(String afterSlug, int size) {
        return codebooks.page(afterSlug, size);
    }

    public List<Codebook> all() {
        return codebooks.listAll();
    }

    /** Creates a codebook at version 1; 409 when the slug is taken. */
    public CodebookVersion create(UUID id, String slug, CodebookDraft draft, Caller author) {
        CodebookRules.check(draft);
        return dataChanges.apply(change -> {
            if (codebooks.findBySlug(slug).isPresent() || codebooks.findByIdOptional(id).isPresent()) {
                throw ProblemException.conflict("a codebook '" + slug
                        + "' exists already; add a version to it instead");
            }
            Codebook codebook = new Codebook();
            codebook.id = id;
            codebook.slug = slug;
            codebook.latestVersion = 1;
            codebooks.persist(codebook);
            return store(codebook, draft, author, change);
        });
    }

    /** Adds the next version of a codebook; empty when there is no such codebook. */
    public Optional<CodebookVersion> addVersion(String idOrSlug, CodebookDraft draft, Caller author) {
        CodebookRules.check(draft);
        return dataChanges.apply(change -> find(idOrSlug).map(codebook -> {
            // two admins adding a version at once must get consecutive numbers, not the same one
            codebooks.getEntityManager().refresh(codebook, LockModeType.PESSIMISTIC_WRITE);
            codebook.latestVersion++;
            return store(codebook, draft, author, change);
        }));
    }

    private CodebookVersion store(Codebook codebook, CodebookDraft draft, Caller author, Change change) {
        CodebookVersion version = new CodebookVersion();
        version.codebookId = codebook.id;
        version.version = codebook.latestVersion;
        version.title = draft.title();
        version.dimensions = List.copyOf(draft.dimensions());
        version.createdBy = author.subject();
        version.createdByName = author.name().orElse(null);
        version.createdByInstitution = author.institution().orElse(null);
        version.createdAt = OffsetDateTime.now();
        versions.persist(version);
        change.touched(List.of(codebook.slug), draft.dimensions().stream().map(CodebookDimension::id).toList(),
                List.of(), ReadNames.ALL_READS);
        return version;
    }
}
