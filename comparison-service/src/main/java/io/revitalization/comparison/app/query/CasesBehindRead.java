package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.persistence.TallyRepository;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.refs.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The cases behind a figure, in id order, a page at a time. */
@ApplicationScoped
public class CasesBehindRead {
    private final Scopes scopes;
    private final TallyRepository tallies;

    public CasesBehindRead(Scopes scopes, TallyRepository tallies) {
        this.scopes = scopes;
        this.tallies = tallies;
    }

    @Transactional
    public Page<CaseBehind> read(CasesBehindQuery query, PageRequest page) {
        ComparisonScope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        CodebookDimension dimension = scopes.dimension(codebook, query.dimension());
        if (query.code() != null && dimension.code(query.code()).isEmpty()) {
            throw ProblemException.invalid("code", "'" + query.code() + "' is not a code of dimension '"
                    + dimension.id() + "'");
        }
        GroupRef group = scopes.group(query.groupBy(), query.group(), "group");
        Optional<UUID> after = page.decodedCursor(1).map(cursor -> caseIdIn(cursor.value(0)));
        List<TallyRepository.CaseBehind> rows = tallies.casesBehind(codebook.codebookId, codebook.version,
                dimension.id(), Selections.key(scope.selection()), group,
                query.code() == null ? TallyRepository.WHOLE : query.code(), scope.years().from(), scope.years().to(),
                after, scope.reader(), page.fetchSize());
        return Page.fromRows(rows, page, row -> Cursor.of(row.id().toString()))
                .map(row -> new CaseBehind(row.id().toString(), row.slug()));
    }

    private static UUID caseIdIn(String cursorValue) {
        return Reference.uuid(cursorValue)
                .orElseThrow(() -> ProblemException.invalid("cursor", "is not a cursor this list returned"));
    }
}
