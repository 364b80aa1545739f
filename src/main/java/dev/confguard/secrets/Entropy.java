package dev.confguard.secrets;

/**
 * Shannon entropy of a run of characters, in bits per character: how varied a token is. On its own it
 * depends on the token's length (a short random string cannot show many bits per character);
 * {@link RandomStrings} gives what a random string of the same length would show.
 */
public final class Entropy {
    private Entropy() {
    }

    /** Bits per character of {@code text[start, end)}; characters above 127 count as one symbol. */
    public static double shannon(CharSequence text, int start, int end) {
        int n = end - start;
        if (n <= 0) {
            return 0;
        }
        int[] counts = new int[129];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            counts[c < 128 ? c : 128]++;
        }
        double bits = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / n;
                bits -= p * Math.log(p);
            }
        }
        return bits / Math.log(2);
    }
}
