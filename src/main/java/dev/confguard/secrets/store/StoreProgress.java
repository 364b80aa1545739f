package dev.confguard.secrets.store;

/** Hears how far a store is in listing a project (for a progress indicator on a terminal). */
public interface StoreProgress {
    void listed(String project, int secretsDone, int secretsTotal);
}
