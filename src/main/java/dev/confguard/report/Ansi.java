package dev.confguard.report;

/** ANSI styling that collapses to plain text when colour is off. */
final class Ansi {
    private final boolean on;

    Ansi(boolean on) {
        this.on = on;
    }

    String bold(String s) {
        return wrap("1", s);
    }

    String dim(String s) {
        return wrap("2", s);
    }

    String red(String s) {
        return wrap("31", s);
    }

    String yellow(String s) {
        return wrap("33", s);
    }

    String blue(String s) {
        return wrap("34", s);
    }

    private String wrap(String code, String s) {
        return on ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
    }
}
