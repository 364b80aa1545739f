package dev.confguard.secrets;

/**
 * A known credential format, as a rule pack declares it: a name ({@code github-token}), a label for
 * messages ("GitHub token"), an RE2 pattern, and whether a literal of this shape is a leak in every
 * environment ({@code everywhere}: a private key, a live provider token, which works from anywhere)
 * or only where literals are not allowed.
 */
public record SecretShape(String name, String label, String pattern, boolean everywhere) {
    public SecretShape {
        label = label == null || label.isBlank() ? name : label;
    }
}
