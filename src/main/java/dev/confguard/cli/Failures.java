package dev.confguard.cli;

import dev.confguard.errors.ExitCode;
import dev.confguard.errors.UsageException;

/**
 * How an exception thrown by a command becomes one line on stderr and an exit code: a usage error
 * exits 2, anything else is an internal error (exit 3, stack trace with {@code --debug}). picocli's
 * execution handler and lint's own argument path ({@link LintArgs}) both end here, so they fail alike.
 */
final class Failures {
    private Failures() {
    }

    static int report(Exception e, boolean debug, Terminal terminal) {
        if (e instanceof UsageException) {
            terminal.err().println("confguard: error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        terminal.err().println("confguard: internal error: " + e + " (please report it; --debug shows the stack trace)");
        if (debug) {
            e.printStackTrace(terminal.err());
        }
        return ExitCode.INCOMPLETE;
    }
}
