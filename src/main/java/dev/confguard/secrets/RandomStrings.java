package dev.confguard.secrets;

import java.util.concurrent.ConcurrentHashMap;

/**
 * How much entropy a string drawn at random looks like it has. The Shannon entropy measured on a
 * short sample is below the alphabet's log2: 20 random characters out of 62 repeat some, and show
 * about 4.0 bits per character, not 5.95. This is that expected figure, exactly: for n characters
 * over A symbols, each symbol's count is Binomial(n, 1/A), so
 * E[H] = log2 n - (A / n) * sum_k P(count = k) * k * log2 k.
 */
final class RandomStrings {
    /** Exact up to this length; beyond, the large-sample approximation log2 A - (A - 1) / (2 n ln 2). */
    private static final int EXACT_UP_TO = 256;
    private static final ConcurrentHashMap<Integer, double[]> TABLES = new ConcurrentHashMap<>();

    private RandomStrings() {
    }

    /** The expected Shannon entropy, in bits per character, of n characters drawn uniformly from A symbols. */
    static double expectedEntropy(int n, int alphabet) {
        if (n < 2 || alphabet < 2) {
            return 0;
        }
        if (n > EXACT_UP_TO) {
            return log2(alphabet) - (alphabet - 1) / (2.0 * n * Math.log(2));
        }
        return TABLES.computeIfAbsent(alphabet, RandomStrings::table)[n];
    }

    private static double[] table(int alphabet) {
        double[] out = new double[EXACT_UP_TO + 1];
        double p = 1.0 / alphabet;
        for (int n = 2; n <= EXACT_UP_TO; n++) {
            double pmf = Math.pow(1 - p, n);
            double sum = 0;
            for (int k = 0; k < n; k++) {
                pmf = pmf * (n - k) / (k + 1) * p / (1 - p);
                int count = k + 1;
                if (count >= 2) {
                    sum += pmf * count * log2(count);
                }
            }
            out[n] = log2(n) - alphabet * sum / n;
        }
        return out;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
