package dev.confguard.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the outside world: its streams, environment variables, working
 * directory, and whether standard output is a terminal. Passed in so the CLI is testable in-process.
 */
public record Terminal(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Path cwd,
                       boolean interactive) {

    public Terminal {
        env = Map.copyOf(env);
    }

    /** Colour only on an interactive terminal, never with NO_COLOR set or TERM=dumb. */
    public boolean colorAllowed() {
        String noColor = env.get("NO_COLOR");
        return interactive && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }
}
