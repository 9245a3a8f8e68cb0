package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.CaseFilter;
import io.revitalization.cases.domain.search.JapaneseReadings;
import io.revitalization.cases.domain.search.TextFolding;
import io.revitalization.cases.persistence.CaseRepository;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Search over the titles, summaries, themes, region and institution names of cases in all three languages.
 * Query and texts are folded alike (TextFolding), so 關係人口, 関係人口 and 关系人口 find one another, and a query in
 * kana finds the Japanese texts that read so (JapaneseReadings: かんけいじんこう finds 関係人口); every term
 * must occur; results are ranked by where the terms occur (title above summary above the rest) and say which
 * fields matched.
 */
@ApplicationScoped
public class CaseSearchService {
    public static final int MAX_TERMS = 10;

    private final CaseRepository cases;
    private final CaseViews views;

    public CaseSearchService(CaseRepository cases, CaseViews views) {
        this.cases = cases;
        this.views = views;
    }

    @Transactional
    public Page<SearchHit> search(String query, CaseFilter filter, PageRequest page, Caller caller) {
        List<String> terms = TextFolding.terms(query);
        if (terms.isEmpty()) {
            throw ProblemException.invalid("q", "must contain a letter or a digit");
        }
        if (terms.size() > MAX_TERMS) {
            throw ProblemException.invalid("q", "must have at most " + MAX_TERMS + " terms");
        }
        int offset = page.decodedCursor(1).map(cursor -> offset(cursor.value(0))).orElse(0);
        List<CaseRepository.RankedCase> ranked =
                cases.search(terms, filter, SensitiveContent.scopeOf(caller), offset, page.fetchSize());
        List<CaseRepository.RankedCase> shown = ranked.subList(0, Math.min(ranked.size(), page.limit()));
        List<CaseView> caseViews = views.of(shown.stream().map(CaseRepository.RankedCase::record).toList(), caller);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            hits.add(new SearchHit(caseViews.get(i), shown.get(i).score(), matchingFields(caseViews.get(i), terms)));
        }
        String next = ranked.size() > page.limit() ? Cursor.of(Integer.toString(offset + page.limit())).encode() : null;
        return new Page<>(hits, next);
    }

    public record SearchHit(CaseView view, int score, List<String> matchingFields) {
    }

    /** The fields (with language: {@code title.ja}) in which at least one term occurs, most weighty first. */
    private List<String> matchingFields(CaseView view, List<String> terms) {
        CaseContent content = view.content();
        List<String> fields = new ArrayList<>();
        localized("title", content.title(), terms, fields);
        localized("summary", content.summary(), terms, fields);
        addIf("themes", content.themes().stream(), terms, fields);
        addIf("region", content.region() == null ? Stream.empty()
                : content.region().names().flatMap(LocalizedText::values), terms, fields);
        addIf("institutions", content.institutionIds().map(view.institutions()::get).filter(Objects::nonNull)
                .map(InstitutionView::name).flatMap(LocalizedText::values),
                terms, fields);
        return fields;
    }

    private static void localized(String field, LocalizedText text, List<String> terms, List<String> fields) {
        if (text != null) {
            LocalizedText.LANGUAGES.forEach(language -> {
                String name = field + "." + language;
                addIf(name, text.in(language).stream(), terms, fields);
                if (language.equals("ja") && !fields.contains(name) && readsAs(text.in(language), terms)) {
                    fields.add(name);
                }
            });
        }
    }

    /** Whether a term, in hiragana, occurs in the Japanese text's reading (かんけいじんこう in 関係人口). */
    private static boolean readsAs(Optional<String> japanese, List<String> terms) {
        return japanese.map(JapaneseReadings::of).filter(reading -> !reading.isEmpty())
                .map(reading -> terms.stream().anyMatch(term -> reading.contains(JapaneseReadings.hiragana(term))))
                .orElse(false);
    }

    private static void addIf(String field, Stream<String> texts, List<String> terms, List<String> fields) {
        if (texts.map(TextFolding::fold).anyMatch(folded -> terms.stream().anyMatch(folded::contains))) {
            fields.add(field);
        }
    }

    private static int offset(String value) {
        try {
            int offset = Integer.parseInt(value);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below, as any foreign cursor
        }
        throw ProblemException.invalid("cursor", "is not a cursor this list returned");
    }
}
