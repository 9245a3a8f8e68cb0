package io.revitalization.comparison.domain.analysis;

import java.util.SplittableRandom;

/**
 * Exact binomial draws in constant expected time: inversion by geometric waiting times while n·p is small, else
 * Hörmann's transformed rejection with squeeze (BTRS: W. Hörmann, "The generation of binomial random variates",
 * Journal of Statistical Computation and Simulation 46, 1993), as TensorFlow and JAX draw them.
 */
final class Binomial {
    private static final double[] STIRLING_TAIL = {0.0810614667953272, 0.0413406959554092, 0.0276779256849983,
            0.02079067210376509, 0.0166446911898211, 0.0138761288230707, 0.0118967099458917, 0.010411265261972,
            0.00925546218271273, 0.00833056343336287};
    private static final double SMALL_MEAN = 10;

    private Binomial() {
    }

    /** The number of successes in {@code n} trials of probability {@code p}. */
    static long draw(SplittableRandom random, long n, double p) {
        if (n == 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - draw(random, n, 1 - p);
        }
        return n * p < SMALL_MEAN ? inversion(random, n, p) : transformedRejection(random, n, p);
    }

    /** Counts the geometric waiting times between successes that fit in n trials. */
    private static long inversion(SplittableRandom random, long n, double p) {
        double logFailure = Math.log1p(-p);
        long trials = 0;
        long successes = 0;
        while (true) {
            trials += (long) Math.ceil(Math.log(random.nextDouble()) / logFailure);
            if (trials > n || trials <= 0) {
                return successes;
            }
            successes++;
        }
    }

    private static long transformedRejection(SplittableRandom random, long n, double p) {
        double spq = Math.sqrt(n * p * (1 - p));
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double r = p / (1 - p);
        double alpha = (2.83 + 5.1 / b) * spq;
        double m = Math.floor((n + 1) * p);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) {
                continue;
            }
            if (us >= 0.07 && v <= vr) {
                return (long) k;
            }
            v = Math.log(v * alpha / (a / (us * us) + b));
            double bound = (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1)))
                    + (n + 1) * Math.log((n - m + 1) / (n - k + 1))
                    + (k + 0.5) * Math.log(r * (n - k + 1) / (k + 1))
                    + stirlingTail(m) + stirlingTail(n - m) - stirlingTail(k) - stirlingTail(n - k);
            if (v <= bound) {
                return (long) k;
            }
        }
    }

    /** log k! minus Stirling's approximation of it. */
    private static double stirlingTail(double k) {
        if (k <= 9) {
            return STIRLING_TAIL[(int) k];
        }
        double square = (k + 1) * (k + 1);
        return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / square) / square) / (k + 1);
    }
}
