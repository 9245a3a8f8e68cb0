package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.CaseFilter;
import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.cases.domain.CaseRevision;
import io.revitalization.cases.domain.RevisionChange;
import io.revitalization.cases.persistence.CaseRepository;
import io.revitalization.cases.persistence.CaseRevisionRepository;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.refs.Slugs;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.InstitutionAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/** Cases: create, replace, soft-delete, read (with sensitive content withheld as the reader requires), list. */
@ApplicationScoped
public class CaseService {
    /** Paths beside the cases, which a case slug must not shadow. */
    static final Set<String> RESERVED_SLUGS = Set.of("search", "export", "import");
    static final String CASE_WRITERS =
            "only members of the case's lead institution, curators and admins may write this case";

    private final CaseRepository cases;
    private final CaseRevisionRepository revisions;
    private final CaseAssembler assembler;
    private final CaseWriter writer;
    private final CaseViews views;

    public CaseService(CaseRepository cases, CaseRevisionRepository revisions, CaseAssembler assembler,
                       CaseWriter writer, CaseViews views) {
        this.cases = cases;
        this.revisions = revisions;
        this.assembler = assembler;
        this.writer = writer;
        this.views = views;
    }

    @Transactional
    public CaseView create(CaseDraft draft, Caller caller) {
        CaseAssembler.References references = assembler.referencesOf(List.of(draft));
        CaseContent content = assembled(draft, references);
        requireCaseWriter(caller, content.leadInstitutionId());
        String slug = slugFor(draft, content);
        CaseRecord record = writer.create(slug, content, references.byId(), caller)
                .orElseThrow(() -> ProblemException.conflict("a case with the slug '" + slug + "' exists already"));
        return views.of(record, content, caller);
    }

    /**
     * Replaces the content of a case; an identical content makes no new version. {@code body} reads and checks
     * the request; it is called only once the caller may write this case.
     */
    @Transactional
    public Optional<CaseView> replace(String ref, Supplier<CaseDraft> body, LongConsumer requireCurrentVersion,
                                      Caller caller) {
        Optional<CaseRecord> found = cases.findByRefForUpdate(ref).map(CaseService::requireActive);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseRecord record = found.get();
        requireCaseWriter(caller, record.leadInstitutionId);
        CaseDraft draft = body.get();
        requireCurrentVersion.accept(record.version);
        if (draft.slug() != null && !draft.slug().equals(record.slug)) {
            throw ProblemException.invalid("slug", "cannot be changed (it is '" + record.slug + "'); omit it or "
                    + "send the current one");
        }
        CaseAssembler.References references = assembler.referencesOf(List.of(draft));
        CaseContent content = assembled(draft, references);
        requireCaseWriter(caller, content.leadInstitutionId());
        writer.update(record, content, references.byId(), caller);
        return Optional.of(views.of(record, content, caller));
    }

    @Transactional
    public boolean delete(String ref, LongConsumer requireCurrentVersion, Caller caller) {
        Optional<CaseRecord> found = cases.findByRefForUpdate(ref).map(CaseService::requireActive);
        found.ifPresent(record -> {
            requireCaseWriter(caller, record.leadInstitutionId);
            requireCurrentVersion.accept(record.version);
            writer.delete(record, caller);
        });
        return found.isPresent();
    }

    /** The case, deleted ones included (see {@link CaseView#deleted()}). */
    @Transactional
    public Optional<CaseView> find(String ref, Caller caller) {
        return cases.findByRef(ref).map(record -> views.of(record, caller));
    }

    @Transactional
    public Page<CaseView> list(CaseFilter filter, PageRequest page, Caller caller) {
        Optional<String> after = page.decodedCursor(1).map(cursor -> cursor.value(0));
        List<CaseRecord> rows = cases.page(filter, SensitiveContent.scopeOf(caller), after, page.fetchSize());
        Page<CaseRecord> records = Page.fromRows(rows, page, record -> Cursor.of(record.slug));
        return new Page<>(views.of(records.items(), caller), records.next());
    }

    /** One batch of an export: the cases after {@code afterSlug}, in slug order. */
    @Transactional
    public List<CaseView> exportBatch(CaseFilter filter, Optional<String> afterSlug, int size, Caller caller) {
        return views.of(cases.page(filter, SensitiveContent.scopeOf(caller), afterSlug, size), caller);
    }

    @Transactional
    public Optional<Page<CaseRevision>> revisions(String ref, PageRequest page) {
        return cases.findByRef(ref).map(record -> {
            Optional<Long> after = page.decodedCursor(1).map(cursor -> parseVersion(cursor.value(0)));
            List<CaseRevision> rows = revisions.page(record.id, after, page.fetchSize());
            return Page.fromRows(rows, page, revision -> Cursor.of(Long.toString(revision.key.version())));
        });
    }

    /** A revision with the case as it was then, withheld as the reader requires. */
    @Transactional
    public Optional<RevisionView> revision(String ref, long version, Caller caller) {
        return cases.findByRef(ref).flatMap(record -> revisions.find(record.id, version).map(revision ->
                new RevisionView(revision, views.ofRevision(record, version, revision.changedAt,
                        revision.change == RevisionChange.DELETED, revision.content, caller))));
    }

    public record RevisionView(CaseRevision revision, CaseView asOfRevision) {
    }

    private CaseContent assembled(CaseDraft draft, CaseAssembler.References references) {
        CaseAssembler.Result result = assembler.assemble(draft, references);
        if (!result.isValid()) {
            throw ProblemException.invalid(result.errors());
        }
        return result.content();
    }

    /** The writer's slug is checked by the unique key when the case is written; a made one is free or suffixed. */
    private String slugFor(CaseDraft draft, CaseContent content) {
        if (draft.slug() != null) {
            Slugs.refusal(draft.slug(), RESERVED_SLUGS).ifPresent(reason -> {
                throw ProblemException.invalid("slug", reason);
            });
            return draft.slug();
        }
        String made = Slugs.from(content.title().in("en").orElse(null), "case");
        return cases.slugExists(made) || RESERVED_SLUGS.contains(made) ? Slugs.withSuffix(made) : made;
    }

    private static void requireCaseWriter(Caller caller, UUID leadInstitutionId) {
        InstitutionAccess.requireCuratorOrOf(caller, leadInstitutionId::equals, CASE_WRITERS);
    }

    private static CaseRecord requireActive(CaseRecord record) {
        if (record.isDeleted()) {
            throw Gone.caseDeleted(record);
        }
        return record;
    }

    private static long parseVersion(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list returned");
        }
    }
}
