package dev.confguard.cli;

/** A command that needs the terminal it runs in. */
interface TerminalAware {
    void setTerminal(Terminal terminal);
}
