package dev.confguard.secrets.store;

/** The state of a secret version, as Secret Manager names it. */
public enum VersionState {
    ENABLED, DISABLED, DESTROYED
}
