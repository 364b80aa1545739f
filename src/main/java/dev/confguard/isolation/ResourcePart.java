package dev.confguard.isolation;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of a configuration value that names a resource: the host of a URL, a GCP project, a
 * database, a secret id. {@code start} and {@code end} are offsets into the value (end exclusive).
 */
public record ResourcePart(Kind kind, int start, int end, String text) {

    /** What the part names. */
    public enum Kind {
        /** The scheme of a URL ({@code https}), so rules can point at it. */
        SCHEME,
        /** A host name or an IP address. */
        HOST,
        /** A GCP project id. */
        PROJECT,
        /** A GCP project number (the digits that start an OAuth client id). */
        PROJECT_NUMBER,
        /** A database name (the path of a DSN, the value of a {@code *_DB} key). */
        DATABASE,
        /** A Secret Manager secret id. */
        SECRET_ID,
        /** A Cloud Storage bucket. */
        BUCKET,
        /** The instance of a Cloud SQL connection name. */
        CLOUD_SQL_INSTANCE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * The words of the part, as offsets into the value: split at {@code . - _ :}. An IP address or a
     * project number has none (its digits name nothing).
     */
    public List<int[]> labels() {
        List<int[]> out = new ArrayList<>();
        if (kind == Kind.SCHEME || kind == Kind.PROJECT_NUMBER || isIpAddress(text)) {
            return out;
        }
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isSeparator(text.charAt(i))) {
                if (i > from) {
                    out.add(new int[] {start + from, start + i});
                }
                from = i + 1;
            }
        }
        return out;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '-' || c == '_' || c == ':' || c == '[' || c == ']';
    }

    /**
     * An IPv6 literal (a {@code :} and only {@code [ ] : .} and hex digits) or a dotted quad of one to
     * three ASCII digits each: what the patterns {@code [\[\]0-9A-Fa-f:.]+} and
     * {@code \d{1,3}(\.\d{1,3}){3}} accept, without compiling them for every part.
     */
    static boolean isIpAddress(String host) {
        return host.indexOf(':') >= 0 && onlyIpv6Characters(host) || isDottedQuad(host);
    }

    private static boolean onlyIpv6Characters(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean hex = c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
            if (!hex && c != ':' && c != '.' && c != '[' && c != ']') {
                return false;
            }
        }
        return !host.isEmpty();
    }

    private static boolean isDottedQuad(String host) {
        int dots = 0;
        int digits = 0;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return false;
                }
            } else if (c == '.' && digits > 0 && dots < 3) {
                dots++;
                digits = 0;
            } else {
                return false;
            }
        }
        return dots == 3 && digits > 0;
    }
}
