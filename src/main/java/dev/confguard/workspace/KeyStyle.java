package dev.confguard.workspace;

/** How keys of YAML/JSON layers are named: as dotted paths, or mapped to UPPER_SNAKE env names. */
public enum KeyStyle {
    /** {@code database.host} stays {@code database.host}. */
    PATH,
    /** {@code database.host} and {@code database.maxPool} become {@code DATABASE_HOST} and {@code DATABASE_MAX_POOL}. */
    ENV;

    public String keyOf(String path) {
        if (this == PATH) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length() + 8);
        char prev = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '-' || c == ' ') {
                out.append('_');
            } else if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                out.append('_').append(c);
            } else {
                out.append(Character.toUpperCase(c));
            }
            prev = c;
        }
        return out.toString();
    }
}
