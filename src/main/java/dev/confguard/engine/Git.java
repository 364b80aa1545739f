package dev.confguard.engine;

import dev.confguard.errors.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The few git commands confguard needs (the index, changed files), run as a subprocess with a time
 * bound. Failures are one-line usage errors: "not a git repository", "unknown revision".
 */
public final class Git {
    private static final long TIMEOUT_SECONDS = 60;
    private final Path workTree;

    private Git(Path workTree) {
        this.workTree = workTree;
    }

    /** The repository containing {@code dir}. */
    public static Git at(Path dir) {
        Git probe = new Git(dir);
        String top = probe.run("rev-parse", "--show-toplevel").trim();
        return new Git(Path.of(top));
    }

    public Path workTree() {
        return workTree;
    }

    /** Paths (relative to the work tree) of every file in the index. */
    public List<String> indexedFiles() {
        return lines(run("ls-files", "-z", "--cached"), '\0');
    }

    /** Copies the index version of {@code paths} under {@code target} (a snapshot of what will be committed). */
    public void exportIndex(List<String> paths, Path target) {
        if (paths.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>(List.of("checkout-index", "--force", "--prefix=" + target + "/", "--"));
        args.addAll(paths);
        run(args.toArray(new String[0]));
    }

    /** Files changed since {@code ref} (committed, staged or not), relative to the work tree. */
    public List<String> changedSince(String ref) {
        run("rev-parse", "--verify", "--quiet", ref + "^{commit}");
        List<String> changed = new ArrayList<>(lines(run("diff", "--name-only", "-z", ref), '\0'));
        for (String untracked : lines(run("ls-files", "-z", "--others", "--exclude-standard"), '\0')) {
            if (!changed.contains(untracked)) {
                changed.add(untracked);
            }
        }
        return changed;
    }

    private static List<String> lines(String out, char separator) {
        List<String> result = new ArrayList<>();
        for (String s : out.split(String.valueOf(separator))) {
            if (!s.isEmpty()) {
                result.add(s);
            }
        }
        return result;
    }

    private String run(String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-C");
        command.add(workTree.toString());
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new UsageException("cannot run git (is it installed?): " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
            byte[] out = readAll(process.getInputStream());
            byte[] err = readAll(process.getErrorStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new UsageException("git " + args[0] + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String message = new String(err, StandardCharsets.UTF_8).trim().replace('\n', ' ');
                throw new UsageException("git " + args[0] + " failed in " + workTree + ": "
                        + (message.isEmpty() ? "exit " + process.exitValue() : message));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("git " + args[0] + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while running git", e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
