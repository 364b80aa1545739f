package dev.confguard.dotenv.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.dotenv.DotenvDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Our python-dotenv and node-dotenv readers against the readings recorded from the real loaders
 * (scripts/record-dialect-goldens.sh). Goldens are the loaders' final maps, so our entries are
 * reduced the same way ({@link DialectReader#finalBindings}) and compared in order.
 */
class DialectGoldenTest {
    /** What the recorder puts in os.environ (see scripts/record-dialect-goldens.sh). */
    private static final Map<String, String> RECORDER_ENVIRONMENT = Map.of("CONFGUARD_FROM_OS_ENV", "os-value");
    private static final List<String> SUFFIXES = List.of("python-dotenv", "node-dotenv", "python-dotenv-interpolated");

    @TestFactory
    List<DynamicTest> readersMatchTheRecordedReadings() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : Corpus.cases()) {
            String name = Corpus.caseName(file);
            tests.add(DynamicTest.dynamicTest(name + " python-dotenv",
                    () -> check(file, "python-dotenv", Dialect.PYTHON_DOTENV.reader())));
            tests.add(DynamicTest.dynamicTest(name + " node-dotenv",
                    () -> check(file, "node-dotenv", Dialect.NODE_DOTENV.reader())));
            tests.add(DynamicTest.dynamicTest(name + " python-dotenv interpolated",
                    () -> check(file, "python-dotenv-interpolated",
                            new PythonDotenvReader().withInterpolation(RECORDER_ENVIRONMENT))));
        }
        return tests;
    }

    @Test
    void everyCaseHasEveryGoldenAndEveryGoldenHasACase() {
        Set<String> expected = new TreeSet<>();
        for (Path file : Corpus.cases()) {
            for (String suffix : SUFFIXES) {
                expected.add(Corpus.golden(Corpus.caseName(file), suffix).getFileName().toString());
            }
        }
        Set<String> actual = new TreeSet<>();
        for (Path golden : Corpus.goldens()) {
            actual.add(golden.getFileName().toString());
        }
        assertThat(Corpus.cases()).isNotEmpty();
        assertThat(actual).as("golden files (a missing one has no reading; an extra one has no case)")
                .isEqualTo(expected);
    }

    private static void check(Path file, String suffix, DialectReader reader) {
        Path golden = Corpus.golden(Corpus.caseName(file), suffix);
        assertThat(Files.exists(golden)).as("golden %s", golden).isTrue();
        DotenvDocument document = Corpus.parse(file);
        List<Corpus.Binding> actual = Corpus.bindings(reader.finalBindings(reader.read(document)));
        assertThat(actual).as("%s read as %s", file.getFileName(), suffix).isEqualTo(Corpus.readGolden(golden));
    }
}
