package dev.confguard.yaml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where YAML 1.1's implicit typing silently changes what a plain scalar says: {@code NO} and
 * {@code off} become false, {@code 0777} becomes 511, {@code 1.10} becomes 1.1, {@code 12:30}
 * becomes 750. Plain {@code true}, {@code 8080} or {@code 1.5} mean what they say and pass.
 */
final class ImplicitTypes {
    private static final Set<String> PLAIN_BOOLEANS = Set.of("true", "false");
    private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-7_]+");
    private static final Pattern HEX_OR_BINARY = Pattern.compile("[-+]?0[xXbB].*");
    private static final Pattern SHORTEST_FLOAT = Pattern.compile("[-+]?(0|[1-9][0-9]*)\\.[0-9]*[1-9]");
    private static final Pattern POINT_ZERO = Pattern.compile("[-+]?(0|[1-9][0-9]*)\\.0");

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
                if (OCTAL.matcher(v).matches() || v.contains("_") || v.contains(":") || v.startsWith("+")
                        || HEX_OR_BINARY.matcher(v).matches()) {
                    return "read as a number in another base or notation by YAML 1.1 loaders "
                            + "(0777 is the octal 511, 12:30 is 750); quote it if you mean the text";
                }
                return null;
            case FLOAT:
                if (SHORTEST_FLOAT.matcher(v).matches() || POINT_ZERO.matcher(v).matches()) {
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
