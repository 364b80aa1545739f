package dev.confguard.secrets;

import java.util.List;

/**
 * Reads secret references in every form confguard knows (DESIGN §4):
 * <ul>
 *   <li>berglas: {@code sm://project/secret[#version]};</li>
 *   <li>Spring Cloud GCP: {@code sm://} or {@code sm@} followed by {@code secret}, {@code secret/version},
 *       {@code project/secret/version} or {@code projects/p/secrets/s[/versions/v]};</li>
 *   <li>resource names: {@code projects/p/secrets/s[/versions/v]};</li>
 *   <li>deploy mappings: {@code secret:version} or {@code projects/p/secrets/s:version} (gcloud
 *       {@code --set-secrets}, deploy YAML {@code secrets:}), and Cloud Run's {@code secretKeyRef}
 *       {@code {name, key}}.</li>
 * </ul>
 * A two-part {@code sm://a/b} is project/secret to berglas and secret/version to Spring, and a two-part
 * {@code sm@a/b} is secret/version to Spring and project/secret to many who write it: unless {@code b}
 * is a version number or {@code latest}, which only the secret/version reading allows, both readings
 * are reported rather than one guessed.
 */
public final class SecretRefParser {
    private SecretRefParser() {
    }

    // The ids' shapes, matched by hand rather than with java.util.regex: lint masks secret-named values unless
    // they are references, and compiling patterns on its start-up path costs a one-file run ~3 ms.
    // SecretRefParserTest compares each with the regular expression it stands for.

    /** {@code [a-z][a-z0-9-]{4,28}[a-z0-9]|[0-9]{1,20}}: a GCP project id or number. */
    static boolean isProjectId(String s) {
        int n = s.length();
        if (n >= 6 && n <= 30 && lower(s.charAt(0)) && (lower(s.charAt(n - 1)) || digit(s.charAt(n - 1)))) {
            for (int i = 1; i < n - 1; i++) {
                char c = s.charAt(i);
                if (!lower(c) && !digit(c) && c != '-') {
                    return false;
                }
            }
            return true;
        }
        return n >= 1 && n <= 20 && digits(s, 0);
    }

    /** {@code [A-Za-z0-9_-]{1,255}}: a secret id. */
    static boolean isSecretId(String s) {
        return s.length() >= 1 && s.length() <= 255 && idChars(s, 0);
    }

    /** {@code [1-9][0-9]{0,18}|latest|[A-Za-z][A-Za-z0-9_-]{0,62}}: a version number, latest or an alias. */
    static boolean isVersion(String s) {
        int n = s.length();
        return isNumberOrLatest(s)
                || n >= 1 && n <= 63 && (lower(s.charAt(0)) || upper(s.charAt(0))) && idChars(s, 1);
    }

    /** {@code [1-9][0-9]{0,18}|latest}. */
    static boolean isNumberOrLatest(String s) {
        int n = s.length();
        return n >= 1 && n <= 19 && s.charAt(0) >= '1' && s.charAt(0) <= '9' && digits(s, 1) || s.equals("latest");
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!digit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s[from..]} is all {@code [A-Za-z0-9_-]}. */
    private static boolean idChars(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!lower(c) && !upper(c) && !digit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether a value is written as a reference ({@code sm://}, {@code sm@}, {@code projects/.../secrets/}). */
    public static boolean looksLikeReference(String value) {
        String v = value.strip();
        return v.startsWith("sm://") || v.startsWith("sm@") || v.startsWith("projects/") && v.contains("/secrets/");
    }

    /**
     * Whether a whole value is a well-formed reference (one reading or several): it names a secret and holds
     * none, so outputs may show it even under a secret-looking key. A malformed one is not shown.
     */
    public static boolean isReference(String value) {
        ReferenceParse parse = value == null ? null : parseValue(value);
        return parse instanceof ReferenceParse.Parsed || parse instanceof ReferenceParse.Ambiguous;
    }

    /** The reference a whole value holds, or null when the value is not written as one. */
    public static ReferenceParse parseValue(String value) {
        return parseValue(value, null);
    }

    /**
     * As {@link #parseValue(String)}, with the workspace's declared reader ({@code berglas}, {@code spring}
     * or null): a declared reader settles the two-part {@code sm://a/b}, and {@code spring} the two-part
     * {@code sm@a/b}.
     */
    public static ReferenceParse parseValue(String value, String syntax) {
        String v = value.strip();
        if (v.startsWith("sm://")) {
            ReferenceParse p = smUrl(v, v.substring(5));
            return syntax == null || !(p instanceof ReferenceParse.Ambiguous) ? p : settle(v, v.substring(5), syntax);
        }
        if (v.startsWith("sm@")) {
            ReferenceParse p = springShort(v, v.substring(3), "sm@");
            return "spring".equals(syntax) && p instanceof ReferenceParse.Ambiguous ? settle(v, v.substring(3), syntax) : p;
        }
        if (v.startsWith("projects/") && v.contains("/secrets/")) {
            return resourceName(v, v, "resource-name");
        }
        return null;
    }

    /** A deploy mapping's {@code secret:version} (gcloud {@code --set-secrets}, deploy YAML {@code secrets:}). */
    public static ReferenceParse parseMapping(String spec) {
        String v = spec.strip();
        int colon = v.lastIndexOf(':');
        if (colon < 0) {
            return new ReferenceParse.Malformed(v, "a secret mapping is SECRET:VERSION (" + v
                    + ":latest for the newest version); it names no version");
        }
        return nameAndVersion(v, v.substring(0, colon), v.substring(colon + 1), "mapping");
    }

    /** Cloud Run's {@code valueFrom.secretKeyRef}: {@code name} is the secret, {@code key} its version. */
    public static ReferenceParse parseSecretKeyRef(String name, String key) {
        String text = "{name: " + name + ", key: " + key + "}";
        if (name == null || name.isBlank()) {
            return new ReferenceParse.Malformed(text, "secretKeyRef has no name (the secret id)");
        }
        if (key == null || key.isBlank()) {
            return new ReferenceParse.Malformed(text, "secretKeyRef has no key (the version: a number or latest)");
        }
        return nameAndVersion(text, name.strip(), key.strip(), "secretKeyRef");
    }

    private static ReferenceParse nameAndVersion(String text, String name, String version, String form) {
        if (name.startsWith("projects/")) {
            ReferenceParse p = resourceName(text, name, form);
            if (p instanceof ReferenceParse.Parsed) {
                SecretRef r = ((ReferenceParse.Parsed) p).ref();
                if (name.contains("/versions/")) {
                    return new ReferenceParse.Malformed(text, "the secret name carries a version; give it after ':' only");
                }
                return check(text, new SecretRef(r.project(), r.secret(), version), form);
            }
            return p;
        }
        return check(text, new SecretRef(null, name, version), form);
    }

    /** {@code sm://}: berglas, or Spring's older prefix. */
    private static ReferenceParse smUrl(String text, String rest) {
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.startsWith("projects/")) {
            return resourceName(text, rest, "spring");
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            String[] parts = rest.substring(0, hash).split("/", -1);
            if (parts.length != 2) {
                return new ReferenceParse.Malformed(text, "berglas references are sm://PROJECT/SECRET#VERSION");
            }
            return check(text, new SecretRef(parts[0], parts[1], rest.substring(hash + 1)), "berglas");
        }
        String[] parts = rest.split("/", -1);
        if (twoReadings(parts)) {
            return ambiguous(text, parts, "berglas", "Spring Cloud GCP");
        }
        return springParts(text, parts, "spring");
    }

    /** A two-part reference read the way the declared reader reads it. */
    private static ReferenceParse settle(String text, String rest, String syntax) {
        int query = rest.indexOf('?');
        String[] parts = (query >= 0 ? rest.substring(0, query) : rest).split("/", -1);
        return "berglas".equals(syntax) ? check(text, new SecretRef(parts[0], parts[1], null), "berglas")
                : check(text, new SecretRef(null, parts[0], parts[1]), "spring");
    }

    /** {@code sm@}: Spring Cloud GCP's newer prefix. */
    private static ReferenceParse springShort(String text, String rest, String form) {
        if (rest.startsWith("projects/")) {
            return resourceName(text, rest, "spring");
        }
        String[] parts = rest.split("/", -1);
        if (twoReadings(parts)) {
            return ambiguous(text, parts, "project/secret as often written", "Spring Cloud GCP");
        }
        return springParts(text, parts, "spring");
    }

    /**
     * Two well-formed parts whose second is no version number nor {@code latest}: project/secret and
     * secret/version are both possible. Parts that are no ids at all make the reference malformed instead.
     */
    private static boolean twoReadings(String[] parts) {
        return parts.length == 2 && isSecretId(parts[0]) && isSecretId(parts[1])
                && !isNumberOrLatest(parts[1]);
    }

    private static ReferenceParse ambiguous(String text, String[] parts, String projectSecretReader,
                                            String secretVersionReader) {
        return new ReferenceParse.Ambiguous(text, List.of(
                projectSecretReader + ": project " + parts[0] + ", secret " + parts[1] + ", version latest",
                secretVersionReader + ": secret " + parts[0] + ", version " + parts[1]));
    }

    private static ReferenceParse springParts(String text, String[] parts, String form) {
        switch (parts.length) {
            case 1:
                return check(text, new SecretRef(null, parts[0], null), form);
            case 2:
                return check(text, new SecretRef(null, parts[0], parts[1]), form);
            case 3:
                return check(text, new SecretRef(parts[0], parts[1], parts[2]), form);
            default:
                return new ReferenceParse.Malformed(text, "too many parts: write [PROJECT/]SECRET[/VERSION] or "
                        + "projects/PROJECT/secrets/SECRET/versions/VERSION");
        }
    }

    /** {@code projects/p/secrets/s} with an optional {@code /versions/v}. */
    private static ReferenceParse resourceName(String text, String name, String form) {
        String[] parts = name.split("/", -1);
        boolean shape = (parts.length == 4 || parts.length == 6) && parts[0].equals("projects")
                && parts[2].equals("secrets") && (parts.length == 4 || parts[4].equals("versions"));
        if (!shape) {
            return new ReferenceParse.Malformed(text, "a resource name is projects/PROJECT/secrets/SECRET"
                    + "[/versions/VERSION]");
        }
        return check(text, new SecretRef(parts[1], parts[3], parts.length == 6 ? parts[5] : null), form);
    }

    private static ReferenceParse check(String text, SecretRef ref, String form) {
        if (ref.project() != null && !isProjectId(ref.project())) {
            return new ReferenceParse.Malformed(text, "'" + ref.project() + "' is no GCP project id (6 to 30 lower-case "
                    + "letters, digits and hyphens, starting with a letter) nor project number");
        }
        if (!isSecretId(ref.secret())) {
            return new ReferenceParse.Malformed(text, "'" + ref.secret() + "' is no secret id (1 to 255 letters, "
                    + "digits, '_' and '-')");
        }
        if (!isVersion(ref.version())) {
            return new ReferenceParse.Malformed(text, "'" + ref.version() + "' is no version (a number from 1, "
                    + "latest, or an alias)");
        }
        return new ReferenceParse.Parsed(text, ref, form);
    }
}
