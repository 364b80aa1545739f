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

    static boolean isIpAddress(String host) {
        if (host.indexOf(':') >= 0 && host.matches("[\\[\\]0-9A-Fa-f:.]+")) {
            return true;
        }
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
