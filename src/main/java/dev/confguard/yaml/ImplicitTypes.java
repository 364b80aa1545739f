package dev.confguard.yaml;

import java.util.Locale;
import java.util.Set;

/**
 * Where YAML 1.1's implicit typing silently changes what a plain scalar says: {@code NO} and
 * {@code off} become false, {@code 0777} becomes 511, {@code 1.10} becomes 1.1, {@code 12:30}
 * becomes 750. Plain {@code true}, {@code 8080} or {@code 1.5} mean what they say and pass.
 */
final class ImplicitTypes {
    private static final Set<String> PLAIN_BOOLEANS = Set.of("true", "false");

    private ImplicitTypes() {
    }

    /** A short explanation when the reading differs from the text, else null. */
    static String changedMeaning(ValueKind kind, String written) {
        String v = written.trim();
        switch (kind) {
            case BOOLEAN:
                if (!PLAIN_BOOLEANS.contains(v.toLowerCase(Locale.ROOT))) {
                    boolean truthy = Set.of("yes", "y", "on").contains(v.toLowerCase(Locale.ROOT));
                    return "read as the boolean " + truthy
                            + " by YAML 1.1 loaders (PyYAML, snakeyaml); quote it if you mean the text";
                }
                return null;
            case INTEGER:
                if (v.matches("[-+]?0[0-7_]+") || v.contains("_") || v.contains(":") || v.startsWith("+")
                        || v.matches("[-+]?0[xXbB].*")) {
                    return "read as a number in another base or notation by YAML 1.1 loaders "
                            + "(0777 is the octal 511, 12:30 is 750); quote it if you mean the text";
                }
                return null;
            case FLOAT:
                if (v.matches("[-+]?(0|[1-9][0-9]*)\\.[0-9]*[1-9]") || v.matches("[-+]?(0|[1-9][0-9]*)\\.0")) {
                    return null;
                }
                return "read as a float by YAML 1.1 loaders, which rewrites it (the version 1.10 becomes 1.1); "
                        + "quote it if you mean the text";
            case TIMESTAMP:
                if (v.length() > 10) {
                    return "read as a timestamp by YAML 1.1 loaders, which reformat it; quote it if you mean the text";
                }
                return null;
            default:
                return null;
        }
    }
}
