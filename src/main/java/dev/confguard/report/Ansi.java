package dev.confguard.report;

import java.io.IOException;

/**
 * ANSI styling that collapses to plain text when colour is off: {@link #start} writes a style's code
 * before a piece of text and {@link #end} the reset after it, or nothing at all.
 */
final class Ansi {
    static final String BOLD = "\u001B[1m";
    static final String DIM = "\u001B[2m";
    static final String RED = "\u001B[31m";
    static final String YELLOW = "\u001B[33m";
    static final String BLUE = "\u001B[34m";
    private static final String RESET = "\u001B[0m";

    private final boolean on;

    Ansi(boolean on) {
        this.on = on;
    }

    void start(String style, TextReporter.Sink out) throws IOException {
        if (on) {
            out.append(style);
        }
    }

    void end(TextReporter.Sink out) throws IOException {
        if (on) {
            out.append(RESET);
        }
    }
}
