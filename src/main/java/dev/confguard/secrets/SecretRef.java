package dev.confguard.secrets;

import java.util.Objects;

/**
 * A reference to one Secret Manager secret version, however it was written. {@code project} is null when
 * the reference leaves it to the environment (a bare secret id in a deploy mapping, {@code sm@secret});
 * {@code version} is a number, {@code latest} or an alias, and {@code latest} when the form gives none.
 */
public record SecretRef(String project, String secret, String version) {
    public static final String LATEST = "latest";

    public SecretRef {
        Objects.requireNonNull(secret, "secret");
        version = version == null ? LATEST : version;
    }

    /** The same reference in {@code project} when it names none itself. */
    public SecretRef inProject(String defaultProject) {
        return project != null || defaultProject == null ? this : new SecretRef(defaultProject, secret, version);
    }

    public boolean isLatest() {
        return LATEST.equals(version);
    }

    /** The full resource name, {@code projects/P/secrets/S/versions/V} ({@code ?} for an unknown project). */
    public String resourceName() {
        return "projects/" + (project == null ? "?" : project) + "/secrets/" + secret + "/versions/" + version;
    }

    /** A short form for messages: {@code project/secret@version} or {@code secret@version}. */
    public String display() {
        return (project == null ? "" : project + "/") + secret + "@" + version;
    }
}
