package dev.confguard.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code ignore} globs of a workspace, compiled once. Paths are relative to the workspace root
 * with forward slashes; {@code **} crosses folders ({@code **}{@code /fixtures/**} also matches the
 * top-level {@code fixtures} folder), {@code *} and {@code ?} stay inside one name, {@code [abc]}
 * and {@code {a,b}} work as in shells; a backslash is a folder separator, not an escape. A glob
 * that matches a folder ignores everything below it.
 */
public final class IgnoreGlobs {
    public static final IgnoreGlobs NONE = new IgnoreGlobs(List.of());

    private final List<Pattern> patterns;

    private IgnoreGlobs(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** Compiles the globs; throws {@link IllegalArgumentException} naming the first bad one. */
    public static IgnoreGlobs of(List<String> globs) {
        List<Pattern> patterns = new ArrayList<>();
        for (String glob : globs) {
            String problem = problem(glob);
            if (problem != null) {
                throw new IllegalArgumentException("ignore glob '" + glob + "': " + problem);
            }
            patterns.add(Pattern.compile(toRegex(glob)));
        }
        return new IgnoreGlobs(List.copyOf(patterns));
    }

    /** Whether the file or folder at this root-relative path, or a folder above it, is ignored. */
    public boolean ignores(String relativePath) {
        if (patterns.isEmpty() || relativePath.isEmpty()) {
            return false;
        }
        String path = relativePath.replace('\\', '/');
        for (Pattern p : patterns) {
            if (p.matcher(path).matches()) {
                return true;
            }
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                if (p.matcher(path.substring(0, slash)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What is wrong with a glob (an unclosed bracket or brace), or null. */
    static String problem(String glob) {
        boolean inBraces = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    return "'[' is never closed";
                }
                i = close;
            } else if (c == '{') {
                if (inBraces) {
                    return "braces cannot nest";
                }
                inBraces = true;
            } else if (c == '}') {
                if (!inBraces) {
                    return "'}' without '{'";
                }
                inBraces = false;
            }
        }
        return inBraces ? "'{' is never closed" : null;
    }

    static String toRegex(String glob) {
        String g = glob.replace('\\', '/');
        while (g.startsWith("./")) {
            g = g.substring(2);
        }
        if (g.startsWith("/")) {
            g = g.substring(1);
        }
        if (g.endsWith("/")) {
            g = g.substring(0, g.length() - 1);
        }
        StringBuilder re = new StringBuilder();
        boolean inBraces = false;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                boolean twin = i + 1 < g.length() && g.charAt(i + 1) == '*';
                if (!twin) {
                    re.append("[^/]*");
                } else if ((i == 0 || g.charAt(i - 1) == '/') && i + 2 < g.length() && g.charAt(i + 2) == '/') {
                    re.append("(?:.*/)?");
                    i += 2;
                } else if (i > 0 && g.charAt(i - 1) == '/' && i + 2 == g.length()) {
                    re.setLength(re.length() - 1);
                    re.append("(?:/.*)?");
                    i += 1;
                } else {
                    re.append(".*");
                    i += 1;
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = g.indexOf(']', i + 2);
                String body = g.substring(i + 1, close);
                if (body.startsWith("!")) {
                    body = "^" + body.substring(1);
                }
                re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                i = close;
            } else if (c == '{') {
                inBraces = true;
                re.append("(?:");
            } else if (c == '}' && inBraces) {
                inBraces = false;
                re.append(')');
            } else if (c == ',' && inBraces) {
                re.append('|');
            } else {
                if ("\\.[]{}()*+-?^$|".indexOf(c) >= 0) {
                    re.append('\\');
                }
                re.append(c);
            }
        }
        return re.toString();
    }
}
