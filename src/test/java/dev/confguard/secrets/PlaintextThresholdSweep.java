package dev.confguard.secrets;

import dev.confguard.rules.pack.PlaintextDetectorTest;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How the entropy thresholds were tuned (docs/secrets.md, "Plaintext detection"): for each candidate
 * setting, the false positives on the non-secret corpus, the misses on the secret corpus, and the
 * share of generated random strings found, per alphabet and length. Prints counts and rates only,
 * never a value. Run by hand:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.confguard.secrets.PlaintextThresholdSweep}
 */
public final class PlaintextThresholdSweep {
    private static final String[][] ALPHABETS = {
        {"alnum", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"},
        {"lower+digits", "abcdefghijklmnopqrstuvwxyz0123456789"},
        {"upper+digits", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"},
        {"base64", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"},
        {"base64url", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"},
        {"hex", "0123456789abcdef"}};
    private static final int[] LENGTHS = {16, 20, 24, 32, 40, 48, 64};
    private static final int SAMPLES = 2000;

    private PlaintextThresholdSweep() {
    }

    public static void main(String[] args) {
        PlaintextDetector builtin = PlaintextDetectorTest.builtin();
        List<PlaintextCorpus.Entry> clean = PlaintextCorpus.read("non-secrets.env");
        List<PlaintextCorpus.Entry> secrets = PlaintextCorpus.read("secrets.env");
        System.out.println("non-secret entries: " + clean.size() + ", secret entries: " + secrets.size());
        margins(builtin, clean, secrets);
        ratioAlone(clean);
        System.out.println("minLength minHexLength minRatio minHexRatio | FP missed | random recall % at "
                + java.util.Arrays.toString(LENGTHS));
        EntropyThresholds d = EntropyThresholds.DEFAULT;
        for (int minLength : new int[] {16, 20, 24}) {
            for (double ratio : new double[] {0.75, 0.80, 0.85, 0.90}) {
                EntropyThresholds t = new EntropyThresholds(minLength, d.minHexLength(), ratio, d.minHexRatio());
                row(builtin.withThresholds(t), t, clean, secrets, args.length > 0);
            }
        }
        for (int minHex : new int[] {20, 24, 32}) {
            for (double hexRatio : new double[] {0.80, 0.85, 0.90}) {
                EntropyThresholds t = new EntropyThresholds(d.minLength(), minHex, d.minRatio(), hexRatio);
                row(builtin.withThresholds(t), t, clean, secrets, args.length > 0);
            }
        }
    }

    /**
     * How close each corpus comes to the ratio thresholds at the default lengths: for a non-secret,
     * the highest ratio at which it would be flagged (its most random token), for an entropy secret
     * the same (it must stay above the threshold).
     */
    private static void margins(PlaintextDetector builtin, List<PlaintextCorpus.Entry> clean,
                                List<PlaintextCorpus.Entry> secrets) {
        List<String> closest = new java.util.ArrayList<>();
        int measured = 0;
        for (PlaintextCorpus.Entry e : clean) {
            double r = flaggedUpTo(builtin, e);
            if (r > 0) {
                measured++;
                closest.add(String.format(Locale.ROOT, "%.3f %s", r, e.where()));
            }
        }
        closest.sort(java.util.Comparator.reverseOrder());
        System.out.println("non-secret entries with a token of the minimum length that is measured: " + measured
                + "; the closest to the thresholds (the ratio up to which they would be flagged):");
        closest.stream().limit(12).forEach(s -> System.out.println("  " + s));
        double lowest = 9;
        for (PlaintextCorpus.Entry e : secrets) {
            if ("entropy".equals(e.expected())) {
                lowest = Math.min(lowest, flaggedUpTo(builtin, e));
            }
        }
        System.out.println(String.format(Locale.ROOT, "entropy secrets: the lowest ratio up to which one is still"
                + " flagged: %.3f", lowest));
    }

    /**
     * What the entropy ratio separates on its own, before the words-and-numbers rule: every token of 20+
     * base64 characters of the non-secret corpus that is not a known format and mixes two character
     * classes, by its ratio.
     */
    private static void ratioAlone(List<PlaintextCorpus.Entry> clean) {
        int[] above = new int[4];
        double[] limits = {0.75, 0.80, 0.85, 0.90};
        int tokens = 0;
        int words = 0;
        for (PlaintextCorpus.Entry e : clean) {
            String v = e.value();
            int i = 0;
            while (i < v.length()) {
                while (i < v.length() && !isToken(v.charAt(i))) {
                    i++;
                }
                int from = i;
                while (i < v.length() && isToken(v.charAt(i))) {
                    i++;
                }
                if (i - from >= 20 && !NonSecretTokens.isKnown(v, from, i) && HighEntropyTokens.hasTwoClasses(v, from, i)
                        && !NonSecretTokens.isHex(v, from, i)) {
                    tokens++;
                    words += WordsAndNumbers.only(v, from, i) ? 1 : 0;
                    double r = HighEntropyTokens.randomness(v, from, i);
                    for (int k = 0; k < limits.length; k++) {
                        above[k] += r >= limits[k] ? 1 : 0;
                    }
                }
            }
        }
        System.out.println("non-secret mixed tokens of 20+ characters, known formats aside: " + tokens + " (" + words
                + " made of words and numbers); with a ratio >= 0.75/0.80/0.85/0.90: " + above[0] + "/" + above[1]
                + "/" + above[2] + "/" + above[3]);
    }

    private static boolean isToken(char c) {
        return Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/' || c == '-' || c == '_' || c == '=';
    }

    /** The largest ratio threshold (both kinds) at which the entry is still flagged by entropy; 0 if never. */
    private static double flaggedUpTo(PlaintextDetector builtin, PlaintextCorpus.Entry e) {
        EntropyThresholds d = EntropyThresholds.DEFAULT;
        double lo = 0;
        double hi = 2;
        if (!flagged(builtin.withThresholds(new EntropyThresholds(d.minLength(), d.minHexLength(), 0, 0)), e)) {
            return 0;
        }
        for (int step = 0; step < 14; step++) {
            double mid = (lo + hi) / 2;
            if (flagged(builtin.withThresholds(new EntropyThresholds(d.minLength(), d.minHexLength(), mid, mid)), e)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean flagged(PlaintextDetector detector, PlaintextCorpus.Entry e) {
        PlaintextDetection found = detector.detect(e.key(), e.value());
        return found != null && found.kind() == PlaintextDetection.Kind.ENTROPY;
    }

    private static void row(PlaintextDetector detector, EntropyThresholds t, List<PlaintextCorpus.Entry> clean,
                            List<PlaintextCorpus.Entry> secrets, boolean verbose) {
        int fp = 0;
        for (PlaintextCorpus.Entry e : clean) {
            if (detector.detect(e.key(), e.value()) != null) {
                fp++;
                if (verbose) {
                    System.out.println("  FP " + e.where());
                }
            }
        }
        int missed = 0;
        for (PlaintextCorpus.Entry e : secrets) {
            PlaintextDetection d = detector.detect(e.key(), e.value());
            if (d == null) {
                missed++;
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%2d %2d %.2f %.2f | %2d %2d |",
                t.minLength(), t.minHexLength(), t.minRatio(), t.minHexRatio(), fp, missed));
        for (String[] alphabet : ALPHABETS) {
            out.append(' ').append(alphabet[0]).append(':');
            for (int n : LENGTHS) {
                out.append(String.format(Locale.ROOT, " %5.1f", 100.0 * randomRecall(detector, alphabet[1], n)));
            }
        }
        System.out.println(out);
    }

    /** The share of random strings of this alphabet and length found, in a key with a harmless name. */
    static double randomRecall(PlaintextDetector detector, String alphabet, int n) {
        Random random = new Random(42L * n + alphabet.length());
        int found = 0;
        for (int s = 0; s < SAMPLES; s++) {
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (detector.detect("UPSTREAM_AUTH", b.toString()) != null) {
                found++;
            }
        }
        return (double) found / SAMPLES;
    }
}
