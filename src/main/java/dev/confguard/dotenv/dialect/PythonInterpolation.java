package dev.confguard.dotenv.dialect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * python-dotenv's {@code resolve_variables(override=True)}: {@code ${NAME}} and
 * {@code ${NAME:-default}} expanded in every non-null value, looking up earlier file values first,
 * then the given environment, then the default, then "". A present key with a null value counts as
 * set and gives "".
 */
final class PythonInterpolation {
    private PythonInterpolation() {
    }

    static List<ReadEntry> resolve(List<ReadEntry> entries, Map<String, String> environment) {
        Map<String, String> seen = new HashMap<>();
        List<ReadEntry> out = new ArrayList<>(entries.size());
        for (ReadEntry entry : entries) {
            String value = entry.value() == null ? null : expand(entry.value(), seen, environment);
            seen.put(entry.key(), value);
            out.add(new ReadEntry(entry.key(), value, entry.startOffset()));
        }
        return out;
    }

    /**
     * {@code re.finditer(r"\$\{([^}:]*)(?::-([^}]*))?\}")} replaced left to right. The name ends at the
     * first {@code }} or {@code :}; after {@code :} only {@code :-default}} matches. Next-char tables
     * keep a text full of unclosed {@code ${} linear.
     */
    static String expand(String value, Map<String, String> file, Map<String, String> environment) {
        if (value.indexOf("${") < 0) {
            return value;
        }
        int n = value.length();
        int[] nextBrace = new int[n + 1];
        int[] nextColon = new int[n + 1];
        nextBrace[n] = -1;
        nextColon[n] = -1;
        for (int i = n - 1; i >= 0; i--) {
            nextBrace[i] = value.charAt(i) == '}' ? i : nextBrace[i + 1];
            nextColon[i] = value.charAt(i) == ':' ? i : nextColon[i + 1];
        }
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            if (value.charAt(i) != '$' || i + 1 >= n || value.charAt(i + 1) != '{') {
                out.append(value.charAt(i++));
                continue;
            }
            int brace = nextBrace[i + 2];
            int colon = nextColon[i + 2];
            String name;
            String fallback = null;
            int end;
            if (brace >= 0 && (colon < 0 || brace < colon)) {
                name = value.substring(i + 2, brace);
                end = brace + 1;
            } else if (colon >= 0 && colon + 1 < n && value.charAt(colon + 1) == '-' && nextBrace[colon + 2] >= 0) {
                name = value.substring(i + 2, colon);
                fallback = value.substring(colon + 2, nextBrace[colon + 2]);
                end = nextBrace[colon + 2] + 1;
            } else {
                out.append(value.charAt(i++));
                continue;
            }
            String resolved;
            if (file.containsKey(name)) {
                resolved = file.get(name);
            } else if (environment.containsKey(name)) {
                resolved = environment.get(name);
            } else {
                resolved = fallback;
            }
            out.append(resolved == null ? "" : resolved);
            i = end;
        }
        return out.toString();
    }
}
