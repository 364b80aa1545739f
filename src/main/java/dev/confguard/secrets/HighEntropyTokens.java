package dev.confguard.secrets;

/**
 * Finds a token that looks randomly generated: the last resort of plaintext detection, for secrets
 * under harmless names and without a known shape. A value is cut into words (at white space, quotes,
 * brackets, commas, semicolons) and words into tokens (runs of base64 characters, with their {@code =}
 * padding); only tokens of the minimum length or more are measured.
 *
 * <p>A token counts when its Shannon entropy reaches a share ({@link EntropyThresholds}) of what a
 * random string of the same length over the same character classes shows on average
 * ({@link RandomStrings}); hex tokens have their own minimum length. Mixed tokens also need two of
 * upper case, lower case and digits, and must not be made of words and numbers only
 * ({@code order-events-2024}, {@code projects/acme-prod/topics/orders}). Thresholds and how they
 * were measured: docs/secrets.md, "Plaintext detection".
 *
 * <p>Not counted: URLs (only their query values are looked at), paths (cut at '/'), PEM certificates
 * and public keys, the formats of {@link NonSecretTokens}, digest and UUID segments of a token
 * ({@code frontend-<sha1>}), and base64 that decodes to text, which is judged by its text instead
 * (a base64 private key is a private key; base64 of "hello" is nothing).
 */
final class HighEntropyTokens {
    /** Base64 inside base64 is decoded this many times, no more. */
    private static final int MAX_DEPTH = 2;

    /** A random-looking token, and the shape found in its decoded text when it is base64 of text. */
    record Hit(int start, int end, SecretShape inside) {
    }

    private final SecretShapes shapes;
    private final EntropyThresholds thresholds;
    private final int shortest;

    HighEntropyTokens(SecretShapes shapes, EntropyThresholds thresholds) {
        this.shapes = shapes;
        this.thresholds = thresholds;
        this.shortest = Math.min(thresholds.minLength(), thresholds.minHexLength());
    }

    /** The first random-looking token of the value, or null. */
    Hit find(String value) {
        return find(value, 0);
    }

    private Hit find(String value, int depth) {
        int n = value.length();
        int i = 0;
        while (i < n) {
            while (i < n && isWordSeparator(value.charAt(i))) {
                i++;
            }
            if (value.startsWith("-----BEGIN", i)) {
                i = afterPemBlock(value, i);
                continue;
            }
            int start = i;
            while (i < n && !isWordSeparator(value.charAt(i))) {
                i++;
            }
            if (i - start >= shortest) {
                Hit hit = inWord(value, start, i, depth);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    /** Where a PEM block (a certificate, a public key: private keys are shapes) ends. */
    private static int afterPemBlock(String value, int begin) {
        int end = value.indexOf("-----END", begin);
        if (end < 0) {
            return value.length();
        }
        int close = value.indexOf("-----", end + 8);
        return close < 0 ? value.length() : close + 5;
    }

    private Hit inWord(String value, int start, int end, int depth) {
        if (NonSecretTokens.isKnownWord(value, start, end)) {
            return null;
        }
        int scheme = SecretMask.indexOf(value, "://", start, end);
        if (scheme >= 0) {
            return inQuery(value, scheme + 3, end, depth);
        }
        return inTokens(value, start, end, startsPath(value, start, end), depth);
    }

    /** A URL's query values: {@code ?a=VALUE&b=VALUE}; host, path, user name and fragment are not secrets. */
    private Hit inQuery(String value, int from, int end, int depth) {
        int q = from;
        while (q < end && value.charAt(q) != '?') {
            q++;
        }
        int stop = q;
        while (stop < end && value.charAt(stop) != '#') {
            stop++;
        }
        int i = q + 1;
        while (i < stop) {
            int param = i;
            while (i < stop && value.charAt(i) != '&' && value.charAt(i) != ';') {
                i++;
            }
            int eq = SecretMask.indexOf(value, "=", param, i);
            if (eq >= 0) {
                Hit hit = inTokens(value, eq + 1, i, startsPath(value, eq + 1, i), depth);
                if (hit != null) {
                    return hit;
                }
            }
            i++;
        }
        return null;
    }

    private Hit inTokens(String value, int start, int end, boolean path, int depth) {
        int i = start;
        while (i < end) {
            while (i < end && !isTokenChar(value.charAt(i), path)) {
                i++;
            }
            int from = i;
            while (i < end && isTokenChar(value.charAt(i), path)) {
                i++;
            }
            while (i < end && value.charAt(i) == '=') {
                i++;
            }
            if (i - from >= shortest) {
                Hit hit = token(value, from, i, depth);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    private Hit token(String value, int start, int end, int depth) {
        if (NonSecretTokens.isKnown(value, start, end)) {
            return null;
        }
        String text = hasTwoClasses(value, start, end) ? Base64Text.decode(value, start, end) : null;
        if (text != null) {
            return depth >= MAX_DEPTH ? null : inText(text, start, end, depth);
        }
        int[] judged = withoutIdentifiers(value, start, end);
        return judged != null && looksRandom(value, judged[0], judged[1]) ? new Hit(start, end, null) : null;
    }

    /** Base64 of text is judged by its text: a credential shape, or a random token, inside it. */
    private Hit inText(String text, int start, int end, int depth) {
        SecretShapes.Match shape = shapes.find(text, false);
        if (shape != null) {
            return new Hit(start, end, shape.shape());
        }
        Hit inner = find(text, depth + 1);
        return inner == null ? null : new Hit(start, end, inner.inside());
    }

    /** Whether {@code value[start, end)} is as varied as a random string of its length and character classes. */
    boolean looksRandom(String value, int start, int end) {
        int n = end - start;
        if (NonSecretTokens.isHex(value, start, end)) {
            return n >= thresholds.minHexLength() && randomness(value, start, end) >= thresholds.minHexRatio();
        }
        return n >= thresholds.minLength() && hasTwoClasses(value, start, end)
                && !WordsAndNumbers.only(value, start, end) && randomness(value, start, end) >= thresholds.minRatio();
    }

    /** Two of upper case, lower case and digits. */
    static boolean hasTwoClasses(String value, int start, int end) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) >= 2;
    }

    /**
     * Measured entropy over the entropy expected of a random string of the same length, drawn from the
     * character classes the token uses (hex: 16 symbols; else 26 per case, 10 digits, 4 symbols).
     */
    static double randomness(String value, int start, int end) {
        int alphabet = 16;
        if (!NonSecretTokens.isHex(value, start, end)) {
            boolean upper = false;
            boolean lower = false;
            boolean digit = false;
            boolean symbol = false;
            for (int i = start; i < end; i++) {
                char c = value.charAt(i);
                boolean u = c >= 'A' && c <= 'Z';
                boolean l = c >= 'a' && c <= 'z';
                boolean d = c >= '0' && c <= '9';
                upper |= u;
                lower |= l;
                digit |= d;
                symbol |= !u && !l && !d;
            }
            alphabet = (upper ? 26 : 0) + (lower ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 4 : 0);
        }
        return ratio(value, start, end, alphabet);
    }

    /** Measured entropy over the entropy expected of a random string of this length over {@code alphabet}. */
    static double ratio(String value, int start, int end, int alphabet) {
        double expected = RandomStrings.expectedEntropy(end - start, alphabet);
        return expected <= 0 ? 0 : Entropy.shannon(value, start, end) / expected;
    }

    /**
     * The longest part of a token that is not a digest or UUID segment ({@code frontend-<sha1>} →
     * {@code frontend-}), cut at '-' and '_'; the whole token when it has none; null when it is all such segments.
     */
    private static int[] withoutIdentifiers(String value, int start, int end) {
        boolean any = false;
        int bestStart = -1;
        int bestEnd = -1;
        int runStart = start;
        int i = start;
        while (i <= end) {
            int segEnd = i;
            while (segEnd < end && value.charAt(segEnd) != '-' && value.charAt(segEnd) != '_') {
                segEnd++;
            }
            int idEnd = -1;
            if (segEnd - i == 8 && i + 36 <= end && NonSecretTokens.isUuid(value, i, i + 36)
                    && (i + 36 == end || value.charAt(i + 36) == '-' || value.charAt(i + 36) == '_')) {
                idEnd = i + 36;
            } else if (NonSecretTokens.isIdentifierSegment(value, i, segEnd)) {
                idEnd = segEnd;
            }
            if (idEnd >= 0) {
                any = true;
                if (i - runStart > bestEnd - bestStart) {
                    bestStart = runStart;
                    bestEnd = i;
                }
                runStart = idEnd + 1;
                i = idEnd + 1;
            } else {
                i = segEnd + 1;
            }
        }
        if (!any) {
            return new int[] {start, end};
        }
        if (end - runStart > bestEnd - bestStart) {
            bestStart = runStart;
            bestEnd = end;
        }
        return bestEnd > bestStart ? new int[] {bestStart, bestEnd} : null;
    }

    /**
     * A file path: {@code /}, {@code ./}, {@code ../} or {@code ~/}, a first directory made of words
     * ({@code /var/}, {@code ./config/}), and more. A base64 token may start with '/' too, but its first
     * part is not a word.
     */
    private static boolean startsPath(String value, int start, int end) {
        int i = start;
        if (value.startsWith("~/", i) || value.startsWith("./", i)) {
            i += 2;
        } else if (value.startsWith("../", i)) {
            i += 3;
        } else if (value.startsWith("/", i)) {
            i += 1;
        } else {
            return false;
        }
        int slash = SecretMask.indexOf(value, "/", i, end);
        return slash > i && WordsAndNumbers.only(value, i, slash);
    }

    private static boolean isWordSeparator(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`' || c == ',' || c == ';' || c == '('
                || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '<' || c == '>' || c == '|'
                || c == '\\';
    }

    /** Base64 and base64url characters; '/' only outside paths. */
    private static boolean isTokenChar(char c, boolean path) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-'
                || c == '_' || c == '/' && !path;
    }
}
