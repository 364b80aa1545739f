package dev.confguard.rules.pack;

import dev.confguard.isolation.ResourceExtractor;
import dev.confguard.isolation.ResourcePart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What pack rules need to know about values: emptiness, booleans, secret references, secret ids. */
final class Values {
    static final Set<String> TRUE = Set.of("true", "1", "yes", "on", "y");
    static final Set<String> FALSE = Set.of("false", "0", "no", "off", "n");

    private Values() {
    }

    /** Empty or blank: in a committed deployed file, a value filled at deploy time. Value checks skip it. */
    static boolean isUnset(String value) {
        return value == null || value.isBlank();
    }

    static Boolean asBoolean(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return TRUE.contains(v) ? Boolean.TRUE : FALSE.contains(v) ? Boolean.FALSE : null;
    }

    /** A Secret Manager reference rather than a secret: sm://, sm@, projects/p/secrets/s. */
    static boolean isSecretReference(String value) {
        String v = value.strip();
        return v.startsWith("sm://") || v.startsWith("sm@") || v.startsWith("projects/") && v.contains("/secrets/")
                || v.startsWith("secret://") || v.startsWith("${") && v.endsWith("}");
    }

    /** The secret ids a value refers to, in order. */
    static List<String> secretIds(String key, String value) {
        List<String> out = new ArrayList<>();
        for (ResourcePart p : ResourceExtractor.extract(key, value)) {
            if (p.kind() == ResourcePart.Kind.SECRET_ID) {
                out.add(p.text());
            }
        }
        return out;
    }

    /** The scheme and authority of the first URL in the value ({@code https://app.example.com}), lower case; or null. */
    static String origin(String value) {
        String v = value.strip();
        int sep = v.indexOf("://");
        if (sep <= 0) {
            return null;
        }
        int end = sep + 3;
        while (end < v.length() && "/?#,; ".indexOf(v.charAt(end)) < 0) {
            end++;
        }
        String authority = v.substring(sep + 3, end);
        int at = authority.lastIndexOf('@');
        return (v.substring(0, sep) + "://" + authority.substring(at + 1)).toLowerCase(Locale.ROOT);
    }
}
