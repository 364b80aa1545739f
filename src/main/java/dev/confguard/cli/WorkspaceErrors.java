package dev.confguard.cli;

import dev.confguard.errors.ExitCode;
import dev.confguard.workspace.ConfigError;
import dev.confguard.workspace.WorkspaceException;
import java.util.function.IntSupplier;

/** Prints every error of an invalid workspace config, one line each, and exits 2. */
final class WorkspaceErrors {
    private WorkspaceErrors() {
    }

    static int guard(Terminal terminal, IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (WorkspaceException e) {
            for (ConfigError error : e.errors()) {
                terminal.err().println("confguard: error: " + error.format());
            }
            return ExitCode.USAGE;
        }
    }
}
