package dev.confguard.cli;

import java.util.concurrent.Callable;

/** A command that runs in a {@link Terminal}: the factory hands it over before picocli calls it. */
abstract class TerminalCommand implements Callable<Integer>, TerminalAware {
    Terminal terminal;

    @Override
    public final void setTerminal(Terminal terminal) {
        this.terminal = terminal;
    }
}
