package dev.confguard.rules;

/** What kind of fix a rule may attach to its findings. */
public enum Fixability {
    NONE, SAFE, UNSAFE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
