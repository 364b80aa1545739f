package dev.confguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./confguard}) and the AppCDS archives the build writes beside the jar: {@code lint}
 * maps its own static archive (in place of the JDK's) and every other command the full dynamic one; every
 * class of a plain lint run comes from the first (the training covers lint's own path); an archive that is
 * missing, older than the jar, another jar's, or damaged changes nothing but speed: the same report, the
 * same exit code, and nothing on stderr. And the jar itself: built when missing, rebuilt when anything it is built from is newer,
 * never run stale when that build fails.
 */
class LauncherIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path JAR = PROJECT.resolve("target/confguard.jar");
    static final Path ARCHIVE = PROJECT.resolve("target/confguard.jsa");
    static final Path LINT_ARCHIVE = PROJECT.resolve("target/confguard-lint.jsa");

    @TempDir
    Path tmp;

    Path file;

    @BeforeEach
    void envFile() throws IOException {
        file = tmp.resolve("svc/.env");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "PORT=8080\nport=1\nPORT=9090\nDB_PASSWORD=hunter2 hunter3\n");
    }

    /** stdout, stderr and exit code of one launcher run, and the JVM's class and CDS log. */
    record Run(int exitCode, String out, String err, String log) {
        /** Whether any of confguard's classes came from an archive (a static one, or a dynamic one: "(top)"). */
        boolean usedAnArchive() {
            return java.util.regex.Pattern.compile("\\] dev\\.confguard\\.\\S+ source: shared objects file").matcher(log)
                    .find();
        }

        int archivesOpened() {
            return log.split("\\] Opened archive ", -1).length - 1;
        }
    }

    /** The project's launcher with CONFGUARD_JAR naming this jar. */
    private Run launch(Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(PROJECT.resolve("confguard").toString());
        command.addAll(List.of(args));
        return run(command, Map.of("CONFGUARD_JAR", jar.toString()));
    }

    private Run run(List<String> command, Map<String, String> extraEnv) throws IOException, InterruptedException {
        return run(command, extraEnv, "");
    }

    private Run run(List<String> command, Map<String, String> extraEnv, String stdin)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(tmp, "jvm", ".log");
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> env = new HashMap<>(extraEnv);
        // the JVM reads this itself, and says so on stderr in one line that the checks below leave out; a
        // file output of its own is not touched by the launcher's -Xlog:cds=off (which is for stdout)
        env.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load,cds:file=" + log);
        pb.environment().putAll(env);
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 120 s");
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8).replaceAll("(?m)^Picked up JAVA_TOOL_OPTIONS:.*\\R", "");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), stderr,
                Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
    }

    private Path copyOfJar(String folder) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(folder));
        return Files.copy(JAR, dir.resolve("confguard.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static void assertSameRun(Run run, Run reference) {
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(reference.exitCode());
        assertThat(run.out()).isEqualTo(reference.out());
        assertThat(run.usedAnArchive()).as("no class comes from an application archive").isFalse();
    }

    private static void assertOpened(Run run, Path archive) {
        assertThat(run.log()).as("maps " + archive.getFileName()).contains("Opened archive " + archive + ".");
    }

    @Test
    void lintMapsItsOwnFreshArchiveAndIgnoresAnyOtherQuietly() throws Exception {
        assertThat(LINT_ARCHIVE).exists();
        assertThat(Files.getLastModifiedTime(LINT_ARCHIVE)).isGreaterThanOrEqualTo(Files.getLastModifiedTime(JAR));
        Run reference = launch(JAR, "lint", "svc");
        assertThat(reference.err()).isEmpty();
        assertThat(reference.exitCode()).isEqualTo(1);
        assertThat(reference.out()).contains("svc/.env:3:1: error dotenv/duplicate-key").doesNotContain("hunter");
        assertOpened(reference, LINT_ARCHIVE);
        assertThat(reference.archivesOpened()).as("a static archive: the JDK's own is not mapped too").isEqualTo(1);
        for (String cls : List.of("dev.confguard.cli.Main", "dev.confguard.cli.LintArgs", "dev.confguard.engine.LintEngine",
                "dev.confguard.engine.FindingTable", "dev.confguard.rules.dotenv.DialectDivergenceRule",
                "dev.confguard.secrets.SecretMask", "dev.confguard.report.TextReporter", "java.lang.Object",
                "java.io.Console")) {
            assertThat(reference.log()).as(cls + " comes from the archive")
                    .containsPattern("(?m)\\] " + cls.replace(".", "\\.") + " source: shared objects file$");
        }
        assertThat(reference.log()).as("every class of a plain lint run comes from the archive")
                .doesNotContainPattern("source: (jar|file|jrt):");
        assertThat(reference.log()).as("lint does not load picocli").doesNotContain("picocli.");
        assertIgnoredWhenUnusable("confguard-lint.jsa", LINT_ARCHIVE, reference, "lint", "svc");
    }

    @Test
    void otherCommandsMapTheFullArchiveAndIgnoreAnyOtherQuietly() throws Exception {
        assertThat(ARCHIVE).exists();
        assertThat(Files.getLastModifiedTime(ARCHIVE)).isGreaterThanOrEqualTo(Files.getLastModifiedTime(JAR));
        Run reference = launch(JAR, "rules");
        assertThat(reference.err()).isEmpty();
        assertThat(reference.exitCode()).isZero();
        assertThat(reference.out()).contains("dotenv/duplicate-key");
        assertOpened(reference, ARCHIVE);
        assertThat(reference.archivesOpened()).as("the JDK's archive and this one on top").isEqualTo(2);
        assertThat(reference.log()).as("picocli's command classes come from the archive")
                .containsPattern("\\] dev\\.confguard\\.cli\\.RootCommand source: shared objects file \\(top\\)");
        assertIgnoredWhenUnusable("confguard.jsa", ARCHIVE, reference, "rules");
    }

    /**
     * lint runs with the jar on the boot class path (as its archive was made): what it prints and its exit code
     * are those of the jar on the class path, for plain runs, other formats, standard input, and the argument
     * lists lint leaves to picocli (help, an unknown option).
     */
    @Test
    void lintPrintsAndExitsAsFromTheClassPath() throws Exception {
        Files.writeString(tmp.resolve("svc/.env.production"), "A=1\nB='x y'\nC=\"z\n");
        String stdin = "K=v\nK=w\nSECRET_TOKEN=abc def\n";
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        for (List<String> args : List.of(List.of("lint", "svc"), List.of("lint", "svc/.env"),
                List.of("lint", "--format", "json", "svc"), List.of("lint", "--format", "sarif", "svc"),
                List.of("lint", "-", "--stdin-filename", "api/.env"), List.of("lint", "--help"),
                List.of("lint", "--bogus", "svc"), List.of("lint", "--format", "github", "--no-color", "svc/.env"))) {
            List<String> launcher = new ArrayList<>(List.of(PROJECT.resolve("confguard").toString()));
            launcher.addAll(args);
            Run launched = run(launcher, Map.of("CONFGUARD_JAR", JAR.toString()), stdin);
            List<String> direct = new ArrayList<>(List.of(java.toString(), "-cp", JAR.toString(), "dev.confguard.cli.Main"));
            direct.addAll(args);
            Run reference = run(direct, Map.of(), stdin);
            assertThat(launched.exitCode()).as(String.join(" ", args)).isEqualTo(reference.exitCode());
            assertThat(launched.out()).as(String.join(" ", args)).isEqualTo(reference.out());
            assertThat(launched.err()).as(String.join(" ", args)).isEqualTo(reference.err());
        }
    }

    /** A copy of the jar with no archive, an old one, another jar's, or a damaged one: the same run, silently. */
    private void assertIgnoredWhenUnusable(String name, Path archive, Run reference, String... args) throws Exception {
        // no archive beside the jar
        assertSameRun(launch(copyOfJar("missing"), args), reference);

        // an archive older than the jar: the launcher leaves it out
        Path stale = copyOfJar("stale");
        Path staleArchive = Files.copy(archive, stale.resolveSibling(name));
        Files.setLastModifiedTime(staleArchive, FileTime.fromMillis(Files.getLastModifiedTime(stale).toMillis() - 60_000));
        assertSameRun(launch(stale, args), reference);

        // another jar's archive (it records target/confguard.jar): the JVM refuses it
        Path foreign = copyOfJar("foreign");
        Path foreignArchive = Files.copy(archive, foreign.resolveSibling(name));
        Files.setLastModifiedTime(foreignArchive, FileTime.fromMillis(Files.getLastModifiedTime(foreign).toMillis() + 60_000));
        assertSameRun(launch(foreign, args), reference);

        // a damaged archive: the JVM refuses it
        Path damaged = copyOfJar("damaged");
        byte[] noise = new byte[100_000];
        new Random(1).nextBytes(noise);
        Path damagedArchive = Files.write(damaged.resolveSibling(name), noise);
        Files.setLastModifiedTime(damagedArchive, FileTime.fromMillis(Files.getLastModifiedTime(damaged).toMillis() + 60_000));
        assertSameRun(launch(damaged, args), reference);
    }

    /**
     * A project of its own (the launcher, a few sources, this build's jar) whose {@code mvn} is a script that
     * records each build and writes the jar, or fails when told to: the launcher builds when the jar is missing
     * or anything under src/main, schemas, rules or pom.xml is newer than it (an edit in place, a file added or
     * removed at any depth), and only then; a failed build never runs the old jar; CONFGUARD_JAR never builds.
     */
    @Test
    void theJarIsBuiltWhenMissingOrStaleAndOnlyThen() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.copy(PROJECT.resolve("confguard"), project.resolve("confguard"), StandardCopyOption.COPY_ATTRIBUTES);
        Path deep = Files.createDirectories(project.resolve("src/main/java/dev/confguard/rules/dotenv"))
                .resolve("SomeRule.java");
        Files.writeString(deep, "class SomeRule {}\n");
        Path resource = Files.createDirectories(project.resolve("src/main/resources/dev/confguard")).resolve("a.txt");
        Files.writeString(resource, "a\n");
        Path schema = Files.createDirectories(project.resolve("schemas")).resolve("confguard.schema.json");
        Files.writeString(schema, "{}\n");
        Path pack = Files.createDirectories(project.resolve("rules")).resolve("pack.yaml");
        Files.writeString(pack, "rules: []\n");
        Path pom = Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Path jar = Files.createDirectories(project.resolve("target")).resolve("confguard.jar");

        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path builds = tmp.resolve("builds.txt");
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\n"
                + "echo \"$PWD $*\" >> '" + builds + "'\n"
                + "[ -z \"${FAKE_MVN_FAILS:-}\" ] || exit 1\n"
                + "cp '" + JAR + "' target/confguard.jar\n");
        mvn.toFile().setExecutable(true);
        Map<String, String> env = new HashMap<>();
        env.put("PATH", bin + ":" + System.getenv("PATH"));

        long hourAgo = System.currentTimeMillis() - 3_600_000;
        setAllModified(project, hourAgo);
        List<String> lint = List.of(project.resolve("confguard").toString(), "lint", "svc");

        // no jar: built, then run
        Run first = run(lint, env);
        assertThat(first.err()).isEqualTo("confguard: building " + jar + " ...\n");
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.out()).contains("svc/.env:3:1: error dotenv/duplicate-key");
        assertThat(Files.readAllLines(builds)).containsExactly(project + " -B -q -DskipTests package");

        // fresh: no build, from an absolute path or a relative one
        Run fresh = run(lint, env);
        assertThat(fresh.err()).isEmpty();
        assertThat(fresh.out()).isEqualTo(first.out());
        Run relative = run(List.of("/bin/sh", "-c", "cd svc && ../project/confguard lint ."), env);
        assertThat(relative.err()).isEmpty();
        assertThat(relative.out()).isEqualTo(first.out().replace("svc/.env", ".env"));
        assertThat(Files.readAllLines(builds)).hasSize(1);

        // anything newer than the jar: a file edited in place at any depth, a file removed, pom.xml; and before
        // each change, with every source older than the jar again, no build
        Path removed = Files.writeString(deep.resolveSibling("Gone.java"), "class Gone {}\n");
        int expected = 1;
        for (Runnable change : List.<Runnable>of(
                () -> touch(deep), () -> touch(resource), () -> touch(schema), () -> touch(pack), () -> touch(pom),
                () -> delete(removed))) {
            setAllModified(project, hourAgo);
            Files.setLastModifiedTime(jar, FileTime.fromMillis(hourAgo + 60_000));
            assertThat(run(lint, env).err()).isEmpty();
            assertThat(Files.readAllLines(builds)).hasSize(expected);
            change.run();
            Run stale = run(lint, env);
            expected++;
            assertThat(stale.err()).isEqualTo("confguard: building " + jar + " ...\n");
            assertThat(stale.out()).isEqualTo(first.out());
            assertThat(Files.readAllLines(builds)).hasSize(expected);
        }

        // a failed build: exit 2, one line, and the stale jar is not run
        Files.setLastModifiedTime(jar, FileTime.fromMillis(hourAgo + 60_000));
        touch(deep);
        env.put("FAKE_MVN_FAILS", "1");
        Run failed = run(lint, env);
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err()).endsWith("confguard: build failed\n");
        assertThat(failed.out()).isEmpty();
        assertThat(failed.log()).as("no JVM ran").isEmpty();

        // a prebuilt jar named by CONFGUARD_JAR is run as it is, stale or not
        env.put("CONFGUARD_JAR", jar.toString());
        Run prebuilt = run(lint, env);
        assertThat(prebuilt.err()).isEmpty();
        assertThat(prebuilt.out()).isEqualTo(first.out());
        assertThat(Files.readAllLines(builds)).hasSize(expected + 1);
    }

    /** Every file and folder below {@code root} but target/ modified at {@code millis}. */
    private static void setAllModified(Path root, long millis) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (!p.startsWith(root.resolve("target"))) {
                    Files.setLastModifiedTime(p, FileTime.fromMillis(millis));
                }
            }
        }
    }

    private static void touch(Path path) {
        try {
            Files.setLastModifiedTime(path, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
