package dev.confguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./confguard}) and the AppCDS archive the build writes beside the jar: a fresh
 * archive is used, and the classes of a plain lint run come from it (the training covers lint's own
 * path); an archive that is missing, older than the jar, another jar's, or damaged changes nothing
 * but speed: the same report, the same exit code, and nothing on stderr.
 */
class LauncherIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path JAR = PROJECT.resolve("target/confguard.jar");
    static final Path ARCHIVE = PROJECT.resolve("target/confguard.jsa");

    @TempDir
    Path tmp;

    Path file;

    @BeforeEach
    void envFile() throws IOException {
        file = tmp.resolve("svc/.env");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "PORT=8080\nport=1\nPORT=9090\nDB_PASSWORD=hunter2 hunter3\n");
    }

    /** stdout, stderr and exit code of one launcher run with this jar, and the classes it loaded. */
    record Run(int exitCode, String out, String err, String classes) {
    }

    private Run launch(Path jar) throws IOException, InterruptedException {
        Path log = Files.createTempFile(tmp, "classes", ".txt");
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(List.of(PROJECT.resolve("confguard").toString(), "lint", "svc"))
                .directory(tmp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = new HashMap<>();
        env.put("CONFGUARD_JAR", jar.toString());
        // the JVM reads this itself, and says so on stderr in one line that the checks below leave out
        env.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + log);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 120 s");
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8).replaceAll("(?m)^Picked up JAVA_TOOL_OPTIONS:.*\\R", "");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), stderr,
                Files.readString(log, StandardCharsets.UTF_8));
    }

    private Path copyOfJar(String folder) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(folder));
        return Files.copy(JAR, dir.resolve("confguard.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static void assertSameRun(Run run, Run reference) {
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(reference.exitCode());
        assertThat(run.out()).isEqualTo(reference.out());
        assertThat(run.classes()).as("no class comes from an application archive")
                .doesNotContain("source: shared objects file (top)");
    }

    @Test
    void theFreshArchiveIsUsedAndAnyOtherIsIgnoredQuietly() throws Exception {
        assertThat(ARCHIVE).exists();
        assertThat(Files.getLastModifiedTime(ARCHIVE)).isGreaterThanOrEqualTo(Files.getLastModifiedTime(JAR));
        Run reference = launch(JAR);
        assertThat(reference.err()).isEmpty();
        assertThat(reference.exitCode()).isEqualTo(1);
        assertThat(reference.out()).contains("svc/.env:3:1: error dotenv/duplicate-key").doesNotContain("hunter");
        for (String cls : List.of("dev.confguard.cli.Main", "dev.confguard.cli.LintArgs", "dev.confguard.engine.LintEngine",
                "dev.confguard.engine.FindingTable", "dev.confguard.rules.dotenv.DialectDivergenceRule",
                "dev.confguard.report.TextReporter")) {
            assertThat(reference.classes()).as(cls + " comes from the archive")
                    .containsPattern("\\] " + cls.replace(".", "\\.") + " source: shared objects file \\(top\\)");
        }
        assertThat(reference.classes()).as("lint does not load picocli").doesNotContain("picocli.");

        // no archive beside the jar
        assertSameRun(launch(copyOfJar("missing")), reference);

        // an archive older than the jar: the launcher leaves it out
        Path stale = copyOfJar("stale");
        Path staleArchive = Files.copy(ARCHIVE, stale.resolveSibling("confguard.jsa"));
        Files.setLastModifiedTime(staleArchive, FileTime.fromMillis(Files.getLastModifiedTime(stale).toMillis() - 60_000));
        assertSameRun(launch(stale), reference);

        // another jar's archive (it records target/confguard.jar): the JVM refuses it
        Path foreign = copyOfJar("foreign");
        Path foreignArchive = Files.copy(ARCHIVE, foreign.resolveSibling("confguard.jsa"));
        Files.setLastModifiedTime(foreignArchive, FileTime.fromMillis(Files.getLastModifiedTime(foreign).toMillis() + 60_000));
        assertSameRun(launch(foreign), reference);

        // a damaged archive: the JVM refuses it
        Path damaged = copyOfJar("damaged");
        byte[] noise = new byte[100_000];
        new Random(1).nextBytes(noise);
        Path damagedArchive = Files.write(damaged.resolveSibling("confguard.jsa"), noise);
        Files.setLastModifiedTime(damagedArchive, FileTime.fromMillis(Files.getLastModifiedTime(damaged).toMillis() + 60_000));
        assertSameRun(launch(damaged), reference);
    }
}
