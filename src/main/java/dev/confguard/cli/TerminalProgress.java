package dev.confguard.cli;

import dev.confguard.secrets.store.StoreProgress;

/**
 * A one-line progress indicator on stderr while a store lists a project's secrets, drawn only on an
 * interactive terminal (never in CI logs or pipes) and erased when done.
 */
final class TerminalProgress implements StoreProgress, AutoCloseable {
    private final Terminal terminal;
    private final boolean draw;
    private boolean drawn;

    private TerminalProgress(Terminal terminal, boolean draw) {
        this.terminal = terminal;
        this.draw = draw;
    }

    static TerminalProgress on(Terminal terminal) {
        return new TerminalProgress(terminal, terminal.interactive());
    }

    @Override
    public synchronized void listed(String project, int secretsDone, int secretsTotal) {
        if (!draw) {
            return;
        }
        terminal.err().print("\r\033[2Klisting " + project + ": " + secretsDone + "/" + secretsTotal + " secrets");
        terminal.err().flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            terminal.err().print("\r\033[2K");
            terminal.err().flush();
            drawn = false;
        }
    }
}
