package dev.confguard.findings;

/** Whether a fix may be applied without asking: safe fixes never change what a loader reads. */
public enum Applicability {
    SAFE, UNSAFE
}
