package io.revitalization.comparison.domain.analysis;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The binomial draws behind the bootstrap's multinomial case counts have the binomial's range, mean and variance,
 * in the small-mean (inversion) and the large-mean (rejection) regime alike; and a profile's multinomial resample
 * always draws exactly as many cases as the group has.
 */
class BinomialProperties {
    private static final int DRAWS = 2000;

    @Property(tries = 60)
    void drawsHaveTheBinomialsMeanAndVariance(@ForAll @LongRange(min = 1, max = 200_000) long n,
                                              @ForAll @DoubleRange(min = 0.001, max = 0.999) @net.jqwik.api.constraints.Scale(4) double p,
                                              @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < DRAWS; i++) {
            long k = Binomial.draw(random, n, p);
            assertThat(k).isBetween(0L, n);
            sum += k;
            squares += (double) k * k;
        }
        double mean = sum / DRAWS;
        double variance = squares / DRAWS - mean * mean;
        double expectedVariance = n * p * (1 - p);
        // 6 standard errors: a miss is a biased sampler, not bad luck
        assertThat(mean).isCloseTo(n * p, org.assertj.core.api.Assertions.within(
                6 * Math.sqrt(expectedVariance / DRAWS) + 1e-9));
        if (expectedVariance >= 1) {
            assertThat(variance / expectedVariance).isBetween(0.75, 1.3);
        }
    }

    @Property(tries = 100)
    void aResampleDrawsAsManyCasesAsThereAre(@ForAll @LongRange(min = 0, max = 50_000) long first,
                                             @ForAll @LongRange(min = 0, max = 50_000) long second,
                                             @ForAll @LongRange(min = 1, max = 50) long third,
                                             @ForAll long seed) {
        CaseProfiles profiles = CaseProfiles.of(java.util.List.of(new CaseProfiles.Profile(new double[] {1, 0, 0}, first),
                new CaseProfiles.Profile(new double[] {0, 1, 0}, second),
                new CaseProfiles.Profile(new double[] {0, 0.5, 0.5}, third)));
        double[] drawn = profiles.resample(new SplittableRandom(seed));
        assertThat(drawn[0] + drawn[1] + drawn[2]).isEqualTo((double) (first + second + third));
        assertThat(drawn[1] - drawn[2]).isGreaterThanOrEqualTo(0);
        if (first == 0) {
            assertThat(drawn[0]).isZero();
        }
    }
}
