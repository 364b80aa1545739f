package dev.confguard.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One in-process run of the command line, with its captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun in(Path cwd, String... args) {
        return withStdin(cwd, "", args);
    }

    static CliRun withStdin(Path cwd, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), cwd);
        return new CliRun(code, out.toString(), err.toString());
    }
}
