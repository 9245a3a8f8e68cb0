package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class JensenShannonTest {

    @Test
    void disjointSupportsAreOneApart() {
        // M = (1/2, 1/2); KL(P||M) = 1·log2(1 / (1/2)) = 1 bit, likewise KL(Q||M); JSD = (1 + 1) / 2 = 1.
        assertThat(JensenShannon.distance(new double[] {1, 0}, new double[] {0, 1})).isEqualTo(1.0);
    }

    @Test
    void evenSplitAgainstCertainty() {
        // JSD = H(M) − (H(P) + H(Q)) / 2 with M = (3/4, 1/4):
        // H(M) = 3/4·log2(4/3) + 1/4·log2(4) = 0.311278 + 0.5 = 0.811278; H(P) = 1, H(Q) = 0
        // JSD = 0.811278 − 0.5 = 0.311278; distance = √0.311278 = 0.557923.
        assertThat(JensenShannon.divergence(new double[] {0.5, 0.5}, new double[] {1, 0})).isCloseTo(0.311278, within(1e-6));
        assertThat(JensenShannon.distance(new double[] {0.5, 0.5}, new double[] {1, 0})).isCloseTo(0.557923, within(1e-6));
    }

    @Test
    void countsAreNormalised() {
        // (3,1) → (3/4, 1/4) and (1,3) → (1/4, 3/4); M = (1/2, 1/2), H(M) = 1, H(P) = H(Q) = 0.811278;
        // JSD = 1 − 0.811278 = 0.188722; distance = √0.188722 = 0.434421.
        assertThat(JensenShannon.distance(new double[] {3, 1}, new double[] {1, 3})).isCloseTo(0.434421, within(1e-6));
    }

    @Test
    void distributionsAreComparedOverTheUnionOfTheirCodes() {
        Distribution first = Distribution.of(List.of(unit("a", "x"), unit("b", "y")));
        Distribution second = Distribution.of(List.of(unit("c", "x"), unit("d", "z")));
        // (x, y, z): (1/2, 1/2, 0) against (1/2, 0, 1/2); M = (1/2, 1/4, 1/4), H(M) = 1.5, H(P) = H(Q) = 1;
        // JSD = 0.5, distance = √0.5.
        assertThat(JensenShannon.distance(first, second)).isCloseTo(Math.sqrt(0.5), within(1e-12));
    }

    @Test
    void refusesImpossibleInput() {
        assertThatThrownBy(() -> JensenShannon.distance(new double[] {1, 0}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different numbers of categories");
        assertThatThrownBy(() -> JensenShannon.distance(new double[] {1, -0.5}, new double[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> JensenShannon.distance(new double[] {0, 0}, new double[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weight");
        assertThatThrownBy(() -> JensenShannon.distance(Distribution.of(List.of()), Distribution.of(List.of(unit("a", "x")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-empty");
    }

    private static CodedUnit unit(String caseId, String code) {
        return new CodedUnit(caseId, 2021, List.of(code));
    }
}
