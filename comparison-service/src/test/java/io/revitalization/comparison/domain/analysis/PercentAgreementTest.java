package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentAgreementTest {

    @Test
    void sharePerCoderPairOverTheUnitsBothCoded() {
        // coder1: a a b b ., coder2: a b b . c, coder3: . . . a c
        List<Coding> codings = KrippendorffAlphaTest.codings("a a b b .", "a b b . c", ". . . a c");

        PercentAgreement.Result result = PercentAgreement.pairwise(codings);

        assertThat(result.pairs()).containsExactly(
                new PercentAgreement.CoderPair("coder1", "coder2", 3, 2, 2.0 / 3),
                new PercentAgreement.CoderPair("coder1", "coder3", 1, 0, 0.0),
                new PercentAgreement.CoderPair("coder2", "coder3", 1, 1, 1.0));
        assertThat(result.comparisons()).isEqualTo(5);
        assertThat(result.agreements()).isEqualTo(3);
        assertThat(result.overallShare()).isEqualTo(0.6);
    }

    @Test
    void undefinedForCodersWithoutCommonUnits() {
        PercentAgreement.Result result = PercentAgreement.pairwise(KrippendorffAlphaTest.codings("a a .", ". . b"));

        assertThat(result.pairs()).containsExactly(new PercentAgreement.CoderPair("coder1", "coder2", 0, 0, null));
        assertThat(result.overallShare()).isNull();
    }
}
