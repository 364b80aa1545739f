package dev.confguard.errors;

/** The process exit codes CI relies on (DESIGN §3). */
public final class ExitCode {
    /** Nothing at or above {@code --fail-on}. */
    public static final int CLEAN = 0;
    /** Findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Bad usage, bad configuration, or input that cannot be used. */
    public static final int USAGE = 2;
    /** A check could not run; the result is not a clean bill of health. */
    public static final int INCOMPLETE = 3;

    private ExitCode() {
    }
}
