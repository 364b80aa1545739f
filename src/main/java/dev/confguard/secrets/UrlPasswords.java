package dev.confguard.secrets;

import dev.confguard.source.TextRange;
import java.util.Locale;

/**
 * The password inside a DSN or URL: the userinfo of {@code scheme://user:password@host}, a
 * {@code password=} (or {@code pwd=}, {@code pass=}) query parameter, or a {@code Password=} part of a
 * {@code Key=Value;...} connection string. Linear in the value's length.
 */
public final class UrlPasswords {
    private static final String[] NAMES = {"password", "passwd", "pwd", "pass"};

    private UrlPasswords() {
    }

    /** {start, end} of the first password in the value, or null. */
    public static int[] find(String value) {
        TextRange userinfo = SecretMask.urlPassword(value, TextRange.of(0, value.length()));
        if (userinfo != null) {
            return new int[] {userinfo.start(), userinfo.end()};
        }
        return parameter(value);
    }

    /** A {@code password=VALUE} pair after {@code ?}, {@code &} or {@code ;} (or at the start of the value). */
    private static int[] parameter(String value) {
        int n = value.length();
        int i = 0;
        while (i < n) {
            int nameStart = i;
            while (i < n && value.charAt(i) != '=' && !isSeparator(value.charAt(i))) {
                i++;
            }
            if (i < n && value.charAt(i) == '=' && isPasswordName(value, nameStart, i)
                    && (nameStart == 0 || isSeparator(value.charAt(nameStart - 1)))) {
                int start = i + 1;
                int end = start;
                while (end < n && value.charAt(end) != '&' && value.charAt(end) != ';' && value.charAt(end) != '#'
                        && !Character.isWhitespace(value.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    return new int[] {start, end};
                }
            }
            i++;
        }
        return null;
    }

    private static boolean isSeparator(char c) {
        return c == '?' || c == '&' || c == ';';
    }

    private static boolean isPasswordName(String value, int start, int end) {
        String name = value.substring(start, end).strip().toLowerCase(Locale.ROOT);
        for (String n : NAMES) {
            if (name.equals(n)) {
                return true;
            }
        }
        return false;
    }
}
