package dev.confguard.secrets.store;

/**
 * Told how far a store has got while it lists a project, so a command line can draw a progress indicator
 * during the one slow step of a run (one listing call per secret).
 */
public interface StoreProgress {

    /** The versions of {@code secretsDone} of the project's {@code secretsTotal} secrets are listed. */
    void listed(String project, int secretsDone, int secretsTotal);
}
