package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.cases.domain.search.TextFolding;
import io.revitalization.cases.persistence.CaseRepository;
import io.revitalization.cases.persistence.InstitutionRepository;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.persistence.TimeOrderedIds;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.refs.Slugs;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.InstitutionAccess;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The institution directory. Other services learn it from the {@code institution.*.v1} events, which carry the
 * full record and its version.
 */
@ApplicationScoped
public class InstitutionService {
    static final String DIRECTORY_CHANGES = "change the institution directory and the program registry";

    private final InstitutionRepository institutions;
    private final CaseRepository cases;
    private final CaseWriter caseWriter;
    private final InstitutionEvents events;

    public InstitutionService(InstitutionRepository institutions, CaseRepository cases, CaseWriter caseWriter,
                              InstitutionEvents events) {
        this.institutions = institutions;
        this.cases = cases;
        this.caseWriter = caseWriter;
        this.events = events;
    }

    @Transactional
    public InstitutionView create(InstitutionDraft draft, Caller caller) {
        InstitutionAccess.requireCurator(caller, DIRECTORY_CHANGES);
        Institution institution = new Institution();
        institution.id = TimeOrderedIds.next();
        institution.slug = slugFor(draft);
        institution.version = 1;
        institution.createdAt = OffsetDateTime.now();
        institution.updatedAt = institution.createdAt;
        apply(draft, institution);
        institutions.persist(institution);
        InstitutionView created = view(institution);
        events.created(created);
        return created;
    }

    /** Whether an institution with this slug exists (deleted ones included). */
    @Transactional
    public boolean exists(String slug) {
        return institutions.slugExists(slug);
    }

    @Transactional
    public Optional<InstitutionView> replace(String ref, InstitutionDraft draft, LongConsumer requireCurrentVersion,
                                         Caller caller) {
        InstitutionAccess.requireCurator(caller, DIRECTORY_CHANGES);
        Optional<Institution> found = institutions.findByRefForUpdate(ref).map(InstitutionService::requireActive);
        found.ifPresent(institution -> {
            requireCurrentVersion.accept(institution.version);
            if (draft.slug() != null && !draft.slug().equals(institution.slug)) {
                throw ProblemException.invalid("slug", "cannot be changed (it is '" + institution.slug + "')");
            }
            LocalizedText nameBefore = institution.name;
            List<Object> before = state(institution);
            apply(draft, institution);
            if (!before.equals(state(institution))) {
                institution.version++;
                institution.updatedAt = OffsetDateTime.now();
                events.updated(view(institution));
                if (!nameBefore.equals(institution.name)) {
                    caseWriter.reindexNaming(institution);
                }
            }
        });
        return found.map(this::view);
    }

    /** Soft-deletes an institution no active case names (409 otherwise). */
    @Transactional
    public boolean delete(String ref, LongConsumer requireCurrentVersion, Caller caller) {
        InstitutionAccess.requireCurator(caller, DIRECTORY_CHANGES);
        Optional<Institution> found = institutions.findByRefForUpdate(ref).map(InstitutionService::requireActive);
        found.ifPresent(institution -> {
            requireCurrentVersion.accept(institution.version);
            Set<String> naming = cases.referencing(institution.id).stream().map(c -> c.slug)
                    .limit(5).collect(Collectors.toSet());
            if (!naming.isEmpty()) {
                throw ProblemException.conflict("institution '" + institution.slug + "' is named by cases "
                        + naming + "; change or delete them first");
            }
            institution.version++;
            institution.updatedAt = OffsetDateTime.now();
            institution.deletedAt = institution.updatedAt;
            events.deleted(view(institution));
        });
        return found.isPresent();
    }

    /** Deleted ones included (see {@link InstitutionView#deleted()}). */
    @Transactional
    public Optional<InstitutionView> find(String ref) {
        return institutions.findByRef(ref).map(this::view);
    }

    @Transactional
    public Page<InstitutionView> list(Optional<String> country, Optional<InstitutionKind> kind, Optional<String> name,
                                      Optional<List<String>> refs, PageRequest page) {
        Optional<String> after = page.decodedCursor(1).map(cursor -> cursor.value(0));
        Optional<String> folded = name.map(TextFolding::fold).filter(value -> !value.isBlank());
        return Page.fromRows(institutions.page(country, kind, folded, refs, after, page.fetchSize()), page,
                institution -> Cursor.of(institution.slug)).map(this::view);
    }

    private void apply(InstitutionDraft draft, Institution institution) {
        FieldErrors errors = new FieldErrors();
        if (!Countries.isCode(draft.country())) {
            errors.add("country", Countries.EXPECTED);
        }
        List<CaseContent.Evidence> evidence = Evidences.of("evidence", draft.evidence(), errors);
        errors.throwIfAny();
        institution.kind = draft.kind();
        institution.name = draft.name();
        institution.country = draft.country();
        institution.region = draft.region() == null || draft.region().isEmpty() ? null : draft.region();
        institution.evidence = evidence;
        institution.provenance = Provenance.of(draft.provenance());
        institution.searchName = draft.name().values().map(TextFolding::fold).collect(Collectors.joining("\n"));
    }

    private String slugFor(InstitutionDraft draft) {
        if (draft.slug() != null) {
            Slugs.refusal(draft.slug(), Set.of()).ifPresent(reason -> {
                throw ProblemException.invalid("slug", reason);
            });
            if (institutions.slugExists(draft.slug())) {
                throw ProblemException.conflict("an institution with the slug '" + draft.slug() + "' exists already");
            }
            return draft.slug();
        }
        String made = Slugs.from(draft.name().in("en").orElse(null), "institution");
        return institutions.slugExists(made) ? Slugs.withSuffix(made) : made;
    }

    /** What a replacement may change, to tell whether it changed anything. */
    private static List<Object> state(Institution institution) {
        return Arrays.asList(institution.kind, institution.name, institution.country, institution.region,
                institution.evidence, institution.provenance);
    }

    private static Institution requireActive(Institution institution) {
        if (institution.isDeleted()) {
            throw Gone.institutionDeleted(institution);
        }
        return institution;
    }

    private InstitutionView view(Institution institution) {
        return InstitutionView.of(institution);
    }
}
