package dev.confguard.secrets;

/**
 * Whether a token is made of words and numbers only, as names, slugs and resource paths are:
 * every part between separators ({@code - _ / . + =}) is a word (lower case, capitalised, camel case
 * with acronyms: {@code west}, {@code InitialRAMPercentage}, {@code MethodsV}) optionally followed by
 * digits ({@code west1}, {@code v2}), a number optionally followed by a short unit ({@code 10pct},
 * {@code 2024Q4}), a compact timestamp ({@code 20241128T0300Z}) or a short lower-case numeronym
 * ({@code k8s}, {@code i18n}). Generated secrets are not: their parts mix cases and digits at random.
 */
final class WordsAndNumbers {
    /** Longest numeronym part ({@code k8s}, {@code i18n}, {@code a11y}). */
    private static final int NUMERONYM = 5;

    private WordsAndNumbers() {
    }

    static boolean only(String value, int start, int end) {
        int i = start;
        while (i < end) {
            int partEnd = i;
            while (partEnd < end && !isSeparator(value.charAt(partEnd))) {
                partEnd++;
            }
            if (partEnd > i && !isWordOrNumber(value, i, partEnd)) {
                return false;
            }
            i = partEnd + 1;
        }
        return true;
    }

    private static boolean isWordOrNumber(String value, int start, int end) {
        return wordThenDigits(value, start, end) || numberThenUnit(value, start, end)
                || timestamp(value, start, end) || numeronym(value, start, end);
    }

    /** A word (camel case, acronyms allowed; no single lower-case letter between capitals), then digits. */
    private static boolean wordThenDigits(String value, int start, int end) {
        int i = start;
        while (i < end && isLower(value.charAt(i))) {
            i++;
        }
        boolean first = true;
        while (i < end && isUpper(value.charAt(i))) {
            int upper = i;
            while (i < end && isUpper(value.charAt(i))) {
                i++;
            }
            int lower = i;
            while (i < end && isLower(value.charAt(i))) {
                i++;
            }
            int lowers = i - lower;
            if (lowers == 0) {
                break;
            }
            if (lowers < 2 && !(first && upper == start && lower - upper == 1 && i == end)) {
                return false;
            }
            first = false;
        }
        if (i == start) {
            return false;
        }
        while (i < end && isDigit(value.charAt(i))) {
            i++;
        }
        return i == end;
    }

    /** Digits, then up to four letters of one case, then digits: {@code 10pct}, {@code 2024Q4}, {@code 3x}. */
    private static boolean numberThenUnit(String value, int start, int end) {
        int i = start;
        while (i < end && isDigit(value.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        int letters = i;
        boolean lower = i < end && isLower(value.charAt(i));
        while (i < end && (lower ? isLower(value.charAt(i)) : isUpper(value.charAt(i)))) {
            i++;
        }
        if (i - letters > 4) {
            return false;
        }
        while (i < end && isDigit(value.charAt(i))) {
            i++;
        }
        return i == end;
    }

    /** {@code 20241128T0300Z}, {@code 28T0300}: digits, T, digits, an optional Z. */
    private static boolean timestamp(String value, int start, int end) {
        int i = start;
        while (i < end && isDigit(value.charAt(i))) {
            i++;
        }
        if (i == start || i >= end || value.charAt(i) != 'T') {
            return false;
        }
        int t = ++i;
        while (i < end && isDigit(value.charAt(i))) {
            i++;
        }
        return i > t && (i == end || i == end - 1 && value.charAt(i) == 'Z');
    }

    private static boolean numeronym(String value, int start, int end) {
        if (end - start > NUMERONYM) {
            return false;
        }
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (!isLower(c) && !isDigit(c)) {
                return false;
            }
            letter |= isLower(c);
        }
        return letter;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '/' || c == '.' || c == '+' || c == '=';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
