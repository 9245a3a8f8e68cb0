package io.revitalization.cases.service;

import io.revitalization.backbone.outbox.Outbox;
import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.cases.mapping.InstitutionMapper;
import io.revitalization.cases.mapping.StoredJson;
import io.revitalization.cases.repository.CaseRepository;
import io.revitalization.cases.repository.InstitutionRepository;
import io.revitalization.cases.rest.InstitutionRequest;
import io.revitalization.cases.search.TextFolding;
import io.revitalization.events.EventType;
import io.revitalization.events.EventTypes;
import io.revitalization.events.InstitutionV1;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The institution directory. Other services learn it from the {@code institution.*.v1} events, which carry the
 * full record and its version.
 */
@ApplicationScoped
public class InstitutionService {
    private final InstitutionRepository institutions;
    private final CaseRepository cases;
    private final CaseWriter caseWriter;
    private final StoredJson json;
    private final Outbox outbox;

    public InstitutionService(InstitutionRepository institutions, CaseRepository cases, CaseWriter caseWriter,
                              StoredJson json, Outbox outbox) {
        this.institutions = institutions;
        this.cases = cases;
        this.caseWriter = caseWriter;
        this.json = json;
        this.outbox = outbox;
    }

    @Transactional
    public Institution create(InstitutionRequest request, Caller caller) {
        Access.requireCurator(caller);
        Institution institution = new Institution();
        institution.id = UUID.randomUUID();
        institution.slug = slugFor(request);
        institution.version = 1;
        institution.createdAt = OffsetDateTime.now();
        institution.updatedAt = institution.createdAt;
        apply(request, institution);
        institutions.persist(institution);
        publish(EventTypes.INSTITUTION_CREATED, institution);
        return institution;
    }

    /** Whether an institution with this slug exists (deleted ones included). */
    @Transactional
    public boolean exists(String slug) {
        return institutions.slugExists(slug);
    }

    @Transactional
    public Optional<Institution> replace(String ref, InstitutionRequest request, LongConsumer requireCurrentVersion,
                                         Caller caller) {
        Access.requireCurator(caller);
        Optional<Institution> found = institutions.findByRefForUpdate(ref).map(InstitutionService::requireActive);
        found.ifPresent(institution -> {
            requireCurrentVersion.accept(institution.version);
            if (request.slug() != null && !request.slug().equals(institution.slug)) {
                throw ProblemException.invalid("slug", "cannot be changed (it is '" + institution.slug + "')");
            }
            String nameBefore = institution.name;
            String before = state(institution);
            apply(request, institution);
            if (!before.equals(state(institution))) {
                institution.version++;
                institution.updatedAt = OffsetDateTime.now();
                publish(EventTypes.INSTITUTION_UPDATED, institution);
                if (!nameBefore.equals(institution.name)) {
                    caseWriter.reindexNaming(institution);
                }
            }
        });
        return found;
    }

    /** Soft-deletes an institution no active case names (409 otherwise). */
    @Transactional
    public boolean delete(String ref, LongConsumer requireCurrentVersion, Caller caller) {
        Access.requireCurator(caller);
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
            publish(EventTypes.INSTITUTION_DELETED, institution);
        });
        return found.isPresent();
    }

    /** Deleted ones included (see {@link Institution#isDeleted()}). */
    @Transactional
    public Optional<Institution> find(String ref) {
        return institutions.findByRef(ref);
    }

    @Transactional
    public Page<Institution> list(Optional<String> country, Optional<InstitutionKind> kind, Optional<String> name,
                                  PageRequest page) {
        Optional<String> after = page.decodedCursor(1).map(cursor -> cursor.value(0));
        Optional<String> folded = name.map(TextFolding::fold).filter(value -> !value.isBlank());
        return Page.fromRows(institutions.page(country, kind, folded, after, page.fetchSize()), page,
                institution -> Cursor.of(institution.slug));
    }

    private void apply(InstitutionRequest request, Institution institution) {
        FieldErrors errors = new FieldErrors();
        if (!Countries.isCode(request.country())) {
            errors.add("country", Countries.EXPECTED);
        }
        List<CaseContent.Evidence> evidence = Evidences.of("evidence", request.evidence(), errors);
        errors.throwIfAny();
        institution.kind = request.kind();
        institution.name = json.write(request.name());
        institution.country = request.country();
        institution.region = request.region() == null || request.region().isEmpty() ? null : json.write(request.region());
        institution.evidence = json.write(evidence);
        institution.searchName = request.name().values().map(TextFolding::fold).collect(Collectors.joining("\n"));
    }

    private String slugFor(InstitutionRequest request) {
        if (request.slug() != null) {
            Slugs.refusal(request.slug(), Set.of()).ifPresent(reason -> {
                throw ProblemException.invalid("slug", reason);
            });
            if (institutions.slugExists(request.slug())) {
                throw ProblemException.conflict("an institution with the slug '" + request.slug() + "' exists already");
            }
            return request.slug();
        }
        String made = Slugs.from(request.name(), "institution");
        return institutions.slugExists(made) ? Slugs.withSuffix(made) : made;
    }

    private static String state(Institution institution) {
        return String.join("\u001f", institution.kind.name(), institution.name, institution.country,
                Objects.toString(institution.region), institution.evidence);
    }

    private static Institution requireActive(Institution institution) {
        if (institution.isDeleted()) {
            throw Gone.institutionDeleted(institution);
        }
        return institution;
    }

    private void publish(EventType<InstitutionV1> type, Institution institution) {
        outbox.publish(type, institution.id, institution.slug, InstitutionMapper.toEvent(institution, json));
    }
}
