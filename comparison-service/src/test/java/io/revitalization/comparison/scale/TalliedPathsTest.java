package io.revitalization.comparison.scale;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.app.query.ComparisonScope;
import io.revitalization.comparison.app.query.TalliedPaths;
import io.revitalization.comparison.app.readmodel.CaseHistories;
import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.comparison.domain.CodebookCode;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.analysis.CasePaths;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Weighting;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.comparison.persistence.CodebookVersionRepository;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import io.revitalization.comparison.testing.SyntheticCodings;
import io.revitalization.comparison.testing.SyntheticHistories;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's paths and the first cases listed beside each path and stage, read from the case histories page by page,
 * equal those computed from every coding of the group, for each selection, on synthetic cases of which most are coded
 * by one coder (counted once for majority, all coders and adjudicated) and every tenth by two.
 */
@QuarkusTest
class TalliedPathsTest {
    private static final int CASES = 1_000;

    @Inject
    DataSource dataSource;

    @Inject
    CaseHistories histories;

    @Inject
    TalliedPaths paths;

    @Inject
    UnitCodingRepository codings;

    @Inject
    CodebookVersionRepository codebooks;

    @Test
    void thePathsOfTheHistoriesEqualThePathsOfTheCodings() throws Exception {
        SyntheticCodings data = SyntheticCodings.create(dataSource);
        data.addCases(0, CASES);
        SyntheticHistories.count(histories, data, 0, CASES);
        List<CoderSelection> selections = List.of(CoderSelection.majority(), CoderSelection.allCoders(),
                CoderSelection.adjudicated(), CoderSelection.singleCoder(SyntheticCodings.CODER),
                CoderSelection.singleCoder(SyntheticCodings.SECOND_CODER));
        YearRange years = new YearRange(2021, 2025);
        for (CoderSelection selection : selections) {
            int cases = 0;
            for (String country : List.of("JP", "TW")) {
                GroupRef group = new GroupRef(Grouping.COUNTRY, data.country(country));
                cases += QuarkusTransaction.requiringNew().call(() -> {
                    CodebookVersion codebook = codebooks.find(data.codebookId(), 1).orElseThrow();
                    CodebookDimension stage = codebook.dimension("stage").orElseThrow();
                    Map<String, Integer> steps = stage.codes().stream()
                            .collect(Collectors.toMap(CodebookCode::id, CodebookCode::order));
                    ComparisonScope scope = new ComparisonScope(data.codebookSlug(), 1, selection, years, 5,
                            List.of("en"), CaseTextScope.ALL, Weighting.CASE);

                    CasePaths.GroupPaths tallied = paths.of(codebook, stage, group, scope);
                    CasePaths.GroupPaths computed = CasePaths.summary(CasePaths.of(selection.resolve(
                            codings.ofGroup(data.codebookId(), 1, "stage", group, years.from(), years.to())).units(),
                            steps), steps);

                    assertThat(tallied).as(selection + " " + country).isEqualTo(computed);
                    return tallied.n();
                });
            }
            assertThat(cases).as("cases with a path under " + selection).isPositive();
        }
    }
}
