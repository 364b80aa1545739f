package dev.confguard.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an external program in a folder with extra environment variables, bounded in time. */
final class Processes {
    private Processes() {
    }

    /** Exit code and combined output. */
    record Result(int exitCode, String output) {
    }

    static Result run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 300 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static boolean onPath(String program) {
        try {
            return run(Path.of("."), Map.of(), "sh", "-c", "command -v " + program).exitCode() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
