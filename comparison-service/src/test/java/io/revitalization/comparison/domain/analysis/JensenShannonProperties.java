package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JensenShannonProperties {

    record Pair(double[] p, double[] q) {
    }

    @Property
    void isSymmetric(@ForAll("pairs") Pair pair) {
        assertThat(JensenShannon.distance(pair.p(), pair.q())).isEqualTo(JensenShannon.distance(pair.q(), pair.p()));
    }

    @Property
    void isZeroForIdenticalDistributions(@ForAll("pairs") Pair pair) {
        assertThat(JensenShannon.distance(pair.p(), pair.p().clone())).isZero();
    }

    @Property
    void liesBetweenZeroAndOne(@ForAll("pairs") Pair pair) {
        assertThat(JensenShannon.distance(pair.p(), pair.q())).isBetween(0.0, 1.0);
    }

    @Property
    void isOneForDisjointSupports(@ForAll("pairs") Pair pair) {
        double[] p = concat(pair.p(), new double[pair.q().length]);
        double[] q = concat(new double[pair.p().length], pair.q());
        assertThat(JensenShannon.distance(p, q)).isCloseTo(1.0, within(1e-12));
    }

    @Provide
    Arbitrary<Pair> pairs() {
        return Arbitraries.integers().between(1, 8).flatMap(size -> {
            Arbitrary<double[]> weights = Arbitraries.doubles().between(0, 10)
                    .array(double[].class).ofSize(size)
                    .filter(array -> Arrays.stream(array).sum() > 0);
            return Combinators.combine(weights, weights).as(Pair::new);
        });
    }

    private static double[] concat(double[] first, double[] second) {
        double[] result = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }
}
