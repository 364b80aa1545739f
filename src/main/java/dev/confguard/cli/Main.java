package dev.confguard.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Entry point: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, systemTerminal(out, err));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The process's own terminal: its environment, working directory and console, with these writers. */
    static Terminal systemTerminal(PrintWriter out, PrintWriter err) {
        return new Terminal(out, err, System.in, System.getenv(), Path.of("").toAbsolutePath(), System.console() != null);
    }

    /**
     * Runs one command line against the given streams; the way tests call confguard. {@code lint}, the
     * pre-commit hot path, is read by {@link LintArgs} when it can be, so picocli is not even loaded;
     * everything else (and any lint argument list LintArgs leaves alone) goes through picocli.
     */
    public static int run(String[] args, Terminal terminal) {
        if (args.length > 0 && args[0].equals("lint")) {
            LintCommand lint = LintArgs.parse(args, 1);
            if (lint != null) {
                lint.setTerminal(terminal);
                try {
                    return lint.call();
                } catch (Exception e) {
                    return Failures.report(e, lint.report.debug, terminal);
                }
            }
        }
        return CommandLineFactory.execute(terminal, args);
    }

    /** Convenience for tests: no TTY, an empty environment. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in, Path cwd) {
        return run(args, new Terminal(out, err, in, Map.of(), cwd, false));
    }
}
