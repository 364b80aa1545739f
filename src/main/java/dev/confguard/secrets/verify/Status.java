package dev.confguard.secrets.verify;

/** What verification found for one reference. */
public enum Status {
    /** The version exists and is enabled. */
    OK,
    /** Not a valid reference in its form. */
    MALFORMED,
    /** Readers disagree on which secret it names. */
    AMBIGUOUS,
    /** It names another environment's project. */
    CROSS_ENVIRONMENT,
    /** It names no project and its environment has none configured, so it cannot be looked up. */
    NO_PROJECT,
    /** The project has no such secret. */
    MISSING_SECRET,
    /** The secret has no such version (or alias). */
    MISSING_VERSION,
    /** The version named (or what {@code latest} names) is disabled or destroyed. */
    VERSION_NOT_ENABLED,
    /** The secret has no enabled version at all. */
    NO_ENABLED_VERSION,
    /** The store could not answer for its project; the run is incomplete. */
    UNCHECKED,
    /** Secret verification is off: only the offline checks ran. */
    NOT_VERIFIED
}
