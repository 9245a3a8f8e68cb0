package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.Source;
import io.revitalization.cases.persistence.ProgramRepository;
import io.revitalization.cases.persistence.SourceRepository;
import io.revitalization.support.evidence.EvidenceChecks;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.InstitutionAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The sources evidence cites, and a record's evidence with the sources it names (for citation exports). */
@ApplicationScoped
public class SourceService {
    private final SourceRepository sources;
    private final ProgramRepository programs;
    private final CaseService cases;

    public SourceService(SourceRepository sources, ProgramRepository programs, CaseService cases) {
        this.sources = sources;
        this.programs = programs;
        this.cases = cases;
    }

    @Transactional
    public SourceView create(SourceDraft draft, Caller caller) {
        InstitutionAccess.requireCurator(caller, InstitutionService.DIRECTORY_CHANGES);
        if (draft.url() != null && !EvidenceChecks.isHttpUrl(draft.url())) {
            throw ProblemException.invalid("url", EvidenceChecks.URL_EXPECTED);
        }
        if (sources.findByIdOptional(draft.id()).isPresent()) {
            throw ProblemException.conflict("a source with the id '" + draft.id() + "' exists already");
        }
        Source source = new Source();
        source.id = draft.id();
        source.version = 1;
        source.kind = draft.kind();
        source.title = draft.title();
        source.authors = draft.authors() == null ? List.of() : List.copyOf(draft.authors());
        source.publisher = draft.publisher();
        source.issued = draft.issued();
        source.url = draft.url();
        source.language = draft.language();
        source.note = draft.note();
        source.createdAt = OffsetDateTime.now();
        source.updatedAt = source.createdAt;
        sources.persist(source);
        return SourceView.of(source);
    }

    @Transactional
    public boolean exists(String id) {
        return sources.findByIdOptional(id).isPresent();
    }

    @Transactional
    public Optional<SourceView> find(String id) {
        return sources.findByIdOptional(id).map(SourceView::of);
    }

    @Transactional
    public Page<SourceView> list(PageRequest page) {
        Optional<String> after = page.decodedCursor(1).map(cursor -> cursor.value(0));
        return Page.fromRows(sources.page(after, page.fetchSize()), page, s -> Cursor.of(s.id)).map(SourceView::of);
    }

    /** The evidence of a case as this caller may read it: the case's, its indicators' and its testimonies'. */
    @Transactional
    public Optional<List<CitedEvidence>> ofCase(String ref, Caller caller) {
        return cases.find(ref, caller).filter(view -> !view.deleted()).map(view -> {
            CaseContent content = view.content();
            return cited(Stream.of(content.evidence().stream(),
                    content.indicators().stream().flatMap(indicator -> indicator.evidence().stream()),
                    content.testimonies().stream().map(CaseContent.Testimony::source).filter(s -> s != null))
                    .flatMap(s -> s).toList());
        });
    }

    @Transactional
    public Optional<List<CitedEvidence>> ofProgram(String code) {
        return programs.findByIdOptional(code).map(program -> cited(program.evidence));
    }

    private List<CitedEvidence> cited(List<CaseContent.Evidence> evidence) {
        Map<String, Source> named = sources.byIds(evidence.stream().map(CaseContent.Evidence::source).toList());
        return evidence.stream().map(item -> new CitedEvidence(item,
                Optional.ofNullable(named.get(item.source())).map(SourceView::of).orElse(null))).toList();
    }
}
