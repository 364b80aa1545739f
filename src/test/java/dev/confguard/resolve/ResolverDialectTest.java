package dev.confguard.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.dotenv.dialect.DialectReader;
import dev.confguard.dotenv.dialect.ReadEntry;
import dev.confguard.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interpolation is a workspace feature applied on top of every dialect, so a resolved value can
 * differ from what the loader reads only where the value holds a {@code $}. Everywhere else a
 * single-layer resolution must be exactly the dialect's reading: same keys, same order, same values
 * (keys without {@code =} excepted: they set nothing).
 */
class ResolverDialectTest {
    private static final Path CASES = Path.of("src/test/resources/dialects/cases");

    @TempDir
    Path temp;

    @TestFactory
    List<DynamicTest> resolvedValuesEqualTheDialectReading() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(CASES)) {
            cases = files.filter(p -> p.toString().endsWith(".env")).sorted().collect(Collectors.toList());
        }
        assertThat(cases).hasSizeGreaterThan(50);
        List<DynamicTest> tests = new ArrayList<>();
        for (Dialect dialect : List.of(Dialect.COMMON, Dialect.DOTENV_JAVA, Dialect.PYTHON_DOTENV, Dialect.NODE_DOTENV)) {
            for (Path file : cases) {
                tests.add(DynamicTest.dynamicTest(file.getFileName() + " " + dialect.id(), () -> check(file, dialect)));
            }
        }
        return tests;
    }

    private void check(Path file, Dialect dialect) throws IOException {
        Path root = Files.createTempDirectory(temp, "ws");
        byte[] bytes = Files.readAllBytes(file);
        Fixture fixture = new Fixture(root).env("dev").service("app", "").layer(".env").dialect(dialect)
                .bytes(".env", bytes);
        ResolvedConfig config = fixture.resolve("app", "dev");

        DialectReader reader = dialect.reader();
        DotenvDocument document = DotenvParser.parse(SourceFile.of(file, ".env", bytes));
        List<ReadEntry> expected = reader.finalBindings(reader.read(document)).stream()
                .filter(e -> e.value() != null).collect(Collectors.toList());

        assertThat(config.values().keySet()).as("keys in the reader's order")
                .containsExactlyElementsOf(expected.stream().map(ReadEntry::key).collect(Collectors.toList()));
        for (ReadEntry entry : expected) {
            ResolvedValue resolved = config.values().get(entry.key());
            assertThat(resolved.rawValue()).as("raw value of %s", entry.key()).isEqualTo(entry.value());
            assertThat(resolved.chain()).hasSize(1);
            if (!entry.value().contains("$")) {
                assertThat(resolved.value()).as("value of %s", entry.key()).isEqualTo(entry.value());
            }
        }
        assertThat(config.layers()).containsExactly(new LayerFile(0, ".env", ".env", true, false));
    }
}
