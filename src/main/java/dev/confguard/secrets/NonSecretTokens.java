package dev.confguard.secrets;

/**
 * Formats that look random but are not secrets, so entropy must not count them: UUIDs and ULIDs,
 * hex digests of the usual lengths (md5, sha1/git, sha224, sha256, sha384, sha512), numbers,
 * Subresource Integrity hashes, SSH public key blobs, analytics ids (GTM-, G-, UA-, AW-), Stripe
 * publishable keys and object ids, and, for whole words, e-mail addresses, Google OAuth client ids
 * and Mapbox public tokens. Each check is a few comparisons; they run only on tokens that already
 * look random.
 */
final class NonSecretTokens {
    private static final int[] DIGEST_LENGTHS = {32, 40, 56, 64, 96, 128};
    private static final String[] PUBLIC_PREFIXES = {
        // Subresource Integrity (sha384-BASE64), SSH public keys (ssh-rsa, ssh-ed25519, ecdsa-sha2-*)
        "sha256-", "sha384-", "sha512-", "AAAAB3NzaC1", "AAAAC3NzaC1", "AAAAE2VjZHNh",
        // Stripe publishable keys and object ids (the secret keys, sk_ and rk_, are shapes)
        "pk_live_", "pk_test_", "price_", "prod_", "acct_", "cus_", "sub_", "plan_"};

    private NonSecretTokens() {
    }

    /** Whether {@code value[start, end)} is a token of a known non-secret format. */
    static boolean isKnown(String value, int start, int end) {
        int n = end - start;
        if (allDigits(value, start, end) || isUuid(value, start, end) || isUlid(value, start, end)
                || isHex(value, start, end) && isDigestLength(n) || isAnalyticsId(value, start, end)) {
            return true;
        }
        for (String prefix : PUBLIC_PREFIXES) {
            if (value.startsWith(prefix, start) && n > prefix.length()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the whole word is a known non-secret: an e-mail address, a Google OAuth client id, a Mapbox public token. */
    static boolean isKnownWord(String value, int start, int end) {
        String word = value.substring(start, end);
        return word.endsWith(".apps.googleusercontent.com") || word.startsWith("pk.eyJ") || isEmail(word);
    }

    /**
     * A segment of a token that is a digest, a short git SHA (7 to 12 hex digits, letters and digits
     * both) or a UUID ({@code frontend-<sha1>}, {@code api-2024-11-28-77de68d}, {@code exp-<uuid>}).
     */
    static boolean isIdentifierSegment(String value, int start, int end) {
        int n = end - start;
        return isHex(value, start, end) && (isDigestLength(n) || n >= 7 && n <= 12 && hasLetterAndDigit(value, start, end))
                || isUuid(value, start, end);
    }

    private static boolean hasLetterAndDigit(String value, int start, int end) {
        boolean letter = false;
        boolean digit = false;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }

    static boolean isDigestLength(int n) {
        for (int d : DIGEST_LENGTHS) {
            if (n == d) {
                return true;
            }
        }
        return false;
    }

    static boolean isHex(String value, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.digit(value.charAt(i), 16) < 0) {
                return false;
            }
        }
        return end > start;
    }

    static boolean isUuid(String value, int start, int end) {
        if (end - start != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(start + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A ULID: 26 characters of Crockford's base32, the first a timestamp digit (0-7). */
    private static boolean isUlid(String value, int start, int end) {
        if (end - start != 26 || value.charAt(start) < '0' || value.charAt(start) > '7') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            boolean ok = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** GTM-XXXXXXX, G-XXXXXXXXXX, GT-, AW-, DC- (upper case and digits) and UA-NNNNNN-N. */
    private static boolean isAnalyticsId(String value, int start, int end) {
        int dash = value.indexOf('-', start);
        if (dash < 0 || dash >= end) {
            return false;
        }
        String prefix = value.substring(start, dash);
        if (prefix.equals("UA")) {
            int second = value.indexOf('-', dash + 1);
            return second > dash + 1 && second < end - 1 && allDigits(value, dash + 1, second)
                    && allDigits(value, second + 1, end);
        }
        if (!prefix.equals("GTM") && !prefix.equals("G") && !prefix.equals("GT") && !prefix.equals("AW")
                && !prefix.equals("DC")) {
            return false;
        }
        for (int i = dash + 1; i < end; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return end - dash - 1 >= 4 && end - dash - 1 <= 12;
    }

    private static boolean allDigits(String value, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmail(String word) {
        int at = word.indexOf('@');
        if (at <= 0 || at != word.lastIndexOf('@') || word.indexOf(':') >= 0 || word.indexOf('/') >= 0) {
            return false;
        }
        String domain = word.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        return dot > 0 && domain.length() - dot > 2;
    }
}
