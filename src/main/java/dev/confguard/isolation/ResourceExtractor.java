package dev.confguard.isolation;

import dev.confguard.isolation.ResourcePart.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the parts of a value that name resources, with their exact offsets, so isolation checks look
 * at what a value means and not at its raw text (a comment or a harmless word never trips them):
 * <ul>
 *   <li>URLs and DSNs anywhere in the value ({@code postgresql://user:pass@host:5432/db},
 *       {@code redis://}, {@code wss://}, lists of them): scheme, host, and for database schemes the
 *       database and a {@code host=} parameter;</li>
 *   <li>Cloud SQL connection names {@code /cloudsql/project:region:instance};</li>
 *   <li>secret references {@code sm://project/secret}, {@code sm@project/secret},
 *       {@code projects/p/secrets/s[/versions/v]}, and projects in other resource names and in
 *       container registry paths ({@code gcr.io/p/…}, {@code …-docker.pkg.dev/p/…});</li>
 *   <li>the project number that starts a Google OAuth client id;</li>
 *   <li>bare {@code host:port} values, and whole values whose key says what they are: {@code *_HOST},
 *       {@code *_DB}/{@code *_DATABASE}, {@code *PROJECT*}, {@code *_BUCKET}, {@code *_SECRET_ID}.</li>
 * </ul>
 * Linear in the value's length; pure and thread-safe.
 */
public final class ResourceExtractor {
    private static final Set<String> DATABASE_SCHEMES = Set.of("postgres", "postgresql", "mysql", "mariadb",
            "mongodb", "mongodb+srv", "redis", "rediss", "sqlserver", "mssql", "clickhouse", "cockroachdb", "oracle");
    private static final String CLOUD_SQL = "/cloudsql/";
    private static final String OAUTH_SUFFIX = ".apps.googleusercontent.com";
    private static final Comparator<ResourcePart> VALUE_ORDER =
            Comparator.comparingInt(ResourcePart::start).thenComparingInt(ResourcePart::end);
    /** ASCII characters that end a name besides white space ({@link #isNameEnd}). */
    private static final boolean[] NAME_ENDS = asciiSet(",;\"'<>&?)(");
    /** ASCII characters that end a URL besides white space ({@link #urlEnd}). */
    private static final boolean[] URL_ENDS = asciiSet(",;\"'<>");

    private ResourceExtractor() {
    }

    /**
     * The parts extracted lately on this thread, by the very key and value strings: check's isolation, host
     * and scheme rules run one configuration at a time and ask about the same values in turn.
     */
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    /**
     * The resource parts of {@code value} (the key hints at what a bare value is), in value order; an
     * unmodifiable list.
     */
    public static List<ResourcePart> extract(String key, String value) {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        return RECENT.get().extract(key, value);
    }

    /** A small table of the last extractions, by the identity of the key and value strings. */
    private static final class Recent {
        private static final int SIZE = 1024;
        private final String[] keys = new String[SIZE];
        private final String[] values = new String[SIZE];
        private final List<?>[] parts = new List<?>[SIZE];

        @SuppressWarnings("unchecked")
        List<ResourcePart> extract(String key, String value) {
            int slot = (System.identityHashCode(value) * 31 + System.identityHashCode(key)) & (SIZE - 1);
            if (values[slot] == value && keys[slot] == key) {
                return (List<ResourcePart>) parts[slot];
            }
            List<ResourcePart> found = Collections.unmodifiableList(extractFresh(key, value));
            keys[slot] = key;
            values[slot] = value;
            parts[slot] = found;
            return found;
        }
    }

    private static List<ResourcePart> extractFresh(String key, String value) {
        List<ResourcePart> parts = new ArrayList<>();
        boolean slash = value.indexOf('/') >= 0; // Cloud SQL, resource and registry names hold one: most values none
        urls(value, parts);
        if (slash) {
            cloudSql(value, parts);
            resourceNames(value, parts);
        }
        shortSecretReference(value, parts);
        if (slash) {
            registries(value, parts);
        }
        oauthClientId(value, parts);
        if (parts.isEmpty()) {
            byKey(KeyHint.of(key), value, parts);
        }
        if (parts.size() < 2) {
            return parts;
        }
        parts.sort(VALUE_ORDER);
        return dedupe(parts);
    }

    private static void urls(String v, List<ResourcePart> parts) {
        int from = 0;
        while (true) {
            int sep = v.indexOf("://", from);
            if (sep < 0) {
                return;
            }
            int schemeStart = sep;
            while (schemeStart > 0 && isSchemeChar(v.charAt(schemeStart - 1))) {
                schemeStart--;
            }
            from = sep + 3;
            if (schemeStart == sep) {
                continue;
            }
            String scheme = v.substring(schemeStart, sep).toLowerCase(Locale.ROOT);
            parts.add(part(Kind.SCHEME, v, schemeStart, sep));
            int authorityStart = sep + 3;
            int authorityEnd = authorityStart;
            while (authorityEnd < v.length() && !endsAuthority(v.charAt(authorityEnd))) {
                authorityEnd++;
            }
            int hostStart = authorityStart;
            for (int i = authorityStart; i < authorityEnd; i++) {
                if (v.charAt(i) == '@') {
                    hostStart = i + 1;
                }
            }
            int hostEnd = hostEnd(v, hostStart, authorityEnd);
            if (scheme.equals("sm")) {
                int end = urlEnd(v, authorityStart);
                secretPath(v, authorityStart, end, parts);
                from = Math.max(from, end);
                continue;
            }
            if (hostEnd > hostStart) {
                parts.add(part(scheme.equals("gs") ? Kind.BUCKET : Kind.HOST, v, hostStart, hostEnd));
            }
            if (!DATABASE_SCHEMES.contains(scheme)) {
                from = Math.max(from, authorityEnd);
                continue;
            }
            int end = urlEnd(v, authorityEnd);
            if (authorityEnd < end && v.charAt(authorityEnd) == '/') {
                int dbStart = authorityEnd + 1;
                int dbEnd = dbStart;
                while (dbEnd < end && "/?#".indexOf(v.charAt(dbEnd)) < 0) {
                    dbEnd++;
                }
                if (dbEnd > dbStart && !allDigits(v, dbStart, dbEnd)) {
                    parts.add(part(Kind.DATABASE, v, dbStart, dbEnd));
                }
            }
            int query = indexOf(v, '?', authorityEnd, end);
            if (query >= 0) {
                hostParameter(v, query + 1, end, parts);
            }
            from = Math.max(from, end);
        }
    }

    /** A {@code host=} query parameter that is a host (a Cloud SQL socket path is found on its own). */
    private static void hostParameter(String v, int from, int end, List<ResourcePart> parts) {
        int i = from;
        while (i < end) {
            int amp = indexOf(v, '&', i, end);
            int paramEnd = amp < 0 ? end : amp;
            if (v.startsWith("host=", i) && i + 5 < paramEnd && v.charAt(i + 5) != '/') {
                int hostEnd = hostEnd(v, i + 5, paramEnd);
                parts.add(part(Kind.HOST, v, i + 5, hostEnd));
            }
            i = paramEnd + 1;
        }
    }

    private static void cloudSql(String v, List<ResourcePart> parts) {
        int from = 0;
        while (true) {
            int at = v.indexOf(CLOUD_SQL, from);
            if (at < 0) {
                return;
            }
            int start = at + CLOUD_SQL.length();
            int end = start;
            while (end < v.length() && !isNameEnd(v.charAt(end)) && v.charAt(end) != '/') {
                end++;
            }
            int first = indexOf(v, ':', start, end);
            if (first > start) {
                parts.add(part(Kind.PROJECT, v, start, first));
                int last = v.lastIndexOf(':', end - 1);
                if (last > first && last + 1 < end) {
                    parts.add(part(Kind.CLOUD_SQL_INSTANCE, v, last + 1, end));
                }
            }
            from = Math.max(end, at + 1);
        }
    }

    /** {@code projects/P/...} and {@code projects/P/secrets/S[/versions/V]}. */
    private static void resourceNames(String v, List<ResourcePart> parts) {
        int from = 0;
        while (true) {
            int at = v.indexOf("projects/", from);
            if (at < 0) {
                return;
            }
            from = at + 9;
            if (at > 0 && Character.isLetterOrDigit(v.charAt(at - 1))) {
                continue;
            }
            int pStart = at + 9;
            int pEnd = segmentEnd(v, pStart);
            if (pEnd == pStart) {
                continue;
            }
            parts.add(part(allDigits(v, pStart, pEnd) ? Kind.PROJECT_NUMBER : Kind.PROJECT, v, pStart, pEnd));
            if (v.startsWith("/secrets/", pEnd)) {
                int sStart = pEnd + 9;
                int sEnd = segmentEnd(v, sStart);
                if (sEnd > sStart) {
                    parts.add(part(Kind.SECRET_ID, v, sStart, sEnd));
                }
            }
            from = pEnd;
        }
    }

    /** Spring Cloud GCP's {@code sm@secret}, {@code sm@project/secret[/version]}. */
    private static void shortSecretReference(String v, List<ResourcePart> parts) {
        if (!v.startsWith("sm@") || v.startsWith("sm@projects/")) {
            return;
        }
        int end = urlEnd(v, 3);
        int slash = indexOf(v, '/', 3, end);
        if (slash < 0) {
            if (end > 3) {
                parts.add(part(Kind.SECRET_ID, v, 3, end));
            }
            return;
        }
        secretPath(v, 3, end, parts);
    }

    /** {@code project/secret[/version]} or {@code project/secret#version} from {@code start} to {@code end}. */
    private static void secretPath(String v, int start, int end, List<ResourcePart> parts) {
        int slash = indexOf(v, '/', start, end);
        if (slash < 0) {
            int e = segmentEnd(v, start);
            if (e > start) {
                parts.add(part(Kind.SECRET_ID, v, start, Math.min(e, end)));
            }
            return;
        }
        if (slash > start) {
            parts.add(part(Kind.PROJECT, v, start, slash));
        }
        int sEnd = segmentEnd(v, slash + 1);
        if (sEnd > slash + 1) {
            parts.add(part(Kind.SECRET_ID, v, slash + 1, Math.min(sEnd, end)));
        }
    }

    /** {@code gcr.io/P/…}, {@code eu.gcr.io/P/…}, {@code europe-docker.pkg.dev/P/…}. */
    private static void registries(String v, List<ResourcePart> parts) {
        for (String registry : new String[] {"gcr.io/", "docker.pkg.dev/"}) {
            int from = 0;
            while (true) {
                int at = v.indexOf(registry, from);
                if (at < 0) {
                    break;
                }
                int pStart = at + registry.length();
                int pEnd = segmentEnd(v, pStart);
                if (pEnd > pStart) {
                    parts.add(part(Kind.PROJECT, v, pStart, pEnd));
                }
                from = Math.max(pEnd, at + 1);
            }
        }
    }

    /** {@code 701982941522-abc.apps.googleusercontent.com}: the project number. */
    private static void oauthClientId(String v, List<ResourcePart> parts) {
        int suffix = v.indexOf(OAUTH_SUFFIX);
        if (suffix < 0) {
            return;
        }
        int start = suffix;
        while (start > 0 && !isNameEnd(v.charAt(start - 1)) && v.charAt(start - 1) != '/') {
            start--;
        }
        int digits = start;
        while (digits < suffix && Character.isDigit(v.charAt(digits))) {
            digits++;
        }
        if (digits > start && digits < suffix && v.charAt(digits) == '-') {
            parts.add(part(Kind.PROJECT_NUMBER, v, start, digits));
        }
    }

    private static void byKey(KeyHint hint, String v, List<ResourcePart> parts) {
        int start = 0;
        int end = v.length();
        while (start < end && Character.isWhitespace(v.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(v.charAt(end - 1))) {
            end--;
        }
        if (start == end || containsWhitespace(v, start, end)) {
            return;
        }
        if (hint == KeyHint.HOSTS && v.charAt(start) != '/') {
            hostList(v, start, end, parts);
        } else if (hint == KeyHint.DATABASE) {
            if (!allDigits(v, start, end)) {
                parts.add(part(Kind.DATABASE, v, start, end));
            }
        } else if (hint == KeyHint.PROJECT) {
            parts.add(part(allDigits(v, start, end) ? Kind.PROJECT_NUMBER : Kind.PROJECT, v, start, end));
        } else if (hint == KeyHint.BUCKET) {
            parts.add(part(Kind.BUCKET, v, start, end));
        } else if (hint == KeyHint.SECRET_ID) {
            parts.add(part(Kind.SECRET_ID, v, start, end));
        } else if (isHostAndPort(v, start, end)) {
            parts.add(part(Kind.HOST, v, start, v.lastIndexOf(':', end - 1)));
        }
    }

    /** {@code host}, {@code host:port}, or a comma-separated list of them. */
    private static void hostList(String v, int start, int end, List<ResourcePart> parts) {
        int i = start;
        while (i < end) {
            int comma = indexOf(v, ',', i, end);
            int itemEnd = comma < 0 ? end : comma;
            int hostEnd = hostEnd(v, i, itemEnd);
            if (hostEnd > i) {
                parts.add(part(Kind.HOST, v, i, hostEnd));
            }
            i = itemEnd + 1;
        }
    }

    private static boolean isHostAndPort(String v, int start, int end) {
        int colon = v.lastIndexOf(':', end - 1);
        if (colon <= start || colon == end - 1 || end - colon - 1 > 5 || !allDigits(v, colon + 1, end)) {
            return false;
        }
        for (int i = start; i < colon; i++) {
            char c = v.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The end of a host starting at {@code start}: before a port, or the closing bracket of an IPv6 literal. */
    private static int hostEnd(String v, int start, int limit) {
        if (start < limit && v.charAt(start) == '[') {
            int close = v.indexOf(']', start);
            return close < 0 || close >= limit ? limit : close + 1;
        }
        int i = start;
        while (i < limit && v.charAt(i) != ':' && v.charAt(i) != '/') {
            i++;
        }
        return i;
    }

    /** The first {@code c} in {@code v[from, to)}, or -1: never looks past {@code to}, which keeps scans linear. */
    private static int indexOf(String v, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int urlEnd(String v, int from) {
        int i = from;
        while (i < v.length() && !endsUrl(v.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int segmentEnd(String v, int from) {
        int i = from;
        while (i < v.length() && !isNameEnd(v.charAt(i)) && v.charAt(i) != '/' && v.charAt(i) != '#'
                && v.charAt(i) != ':') {
            i++;
        }
        return i;
    }

    private static boolean endsAuthority(char c) {
        return c == '/' || c == '?' || c == '#' || isNameEnd(c);
    }

    private static boolean isNameEnd(char c) {
        return c < 128 ? NAME_ENDS[c] : Character.isWhitespace(c);
    }

    private static boolean endsUrl(char c) {
        return c < 128 ? URL_ENDS[c] : Character.isWhitespace(c);
    }

    /** The ASCII characters that are white space or in {@code others}, as a table by character. */
    private static boolean[] asciiSet(String others) {
        boolean[] set = new boolean[128];
        for (char c = 0; c < 128; c++) {
            set[c] = Character.isWhitespace(c) || others.indexOf(c) >= 0;
        }
        return set;
    }

    private static boolean isSchemeChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-'
                || c == '.';
    }

    private static boolean allDigits(String v, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsWhitespace(String v, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isWhitespace(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static ResourcePart part(Kind kind, String v, int start, int end) {
        return new ResourcePart(kind, start, end, v.substring(start, end));
    }

    private static List<ResourcePart> dedupe(List<ResourcePart> parts) {
        List<ResourcePart> out = new ArrayList<>(parts.size());
        for (ResourcePart p : parts) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
