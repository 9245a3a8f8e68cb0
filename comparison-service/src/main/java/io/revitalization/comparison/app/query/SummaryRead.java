package io.revitalization.comparison.app.query;

import io.revitalization.comparison.persistence.CodebookRepository;
import io.revitalization.comparison.persistence.LiveCaseCountRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What the engine knows: live cases per country and the codebooks. */
@ApplicationScoped
public class SummaryRead {
    private final LiveCaseCountRepository liveCases;
    private final CodebookRepository codebooks;
    private final Scopes scopes;

    public SummaryRead(LiveCaseCountRepository liveCases, CodebookRepository codebooks, Scopes scopes) {
        this.liveCases = liveCases;
        this.codebooks = codebooks;
        this.scopes = scopes;
    }

    public SummaryView read(long dataVersion) {
        Map<String, Long> byCountry = liveCases.byCountry();
        List<CodebookRef> refs = codebooks.listAll().stream()
                .map(codebook -> new CodebookRef(codebook.id, codebook.slug, codebook.latestVersion))
                .sorted(Comparator.comparing(CodebookRef::slug)).toList();
        return new SummaryView(dataVersion, byCountry.values().stream().mapToLong(Long::longValue).sum(), byCountry,
                refs, scopes.defaultCodebookIfAny().map(codebook -> codebook.slug).orElse(null));
    }
}
