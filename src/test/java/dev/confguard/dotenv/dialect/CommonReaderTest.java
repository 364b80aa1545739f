package dev.confguard.dotenv.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.dotenv.DotenvDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The common reading equals python-dotenv and node's dotenv wherever their recorded readings agree,
 * and elsewhere follows python-dotenv, except that a leading BOM is not part of the first key.
 */
class CommonReaderTest {
    private static final DialectReader COMMON = Dialect.COMMON.reader();

    @TestFactory
    List<DynamicTest> commonReadingEqualsBothLoadersWhereTheyAgree() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : Corpus.cases()) {
            String name = Corpus.caseName(file);
            List<Corpus.Binding> python = Corpus.readGolden(Corpus.golden(name, "python-dotenv"));
            List<Corpus.Binding> node = Corpus.readGolden(Corpus.golden(name, "node-dotenv"));
            if (python.equals(node)) {
                tests.add(DynamicTest.dynamicTest(name, () -> assertThat(read(file)).isEqualTo(python)));
            }
        }
        assertThat(tests).as("cases where the loaders agree").isNotEmpty();
        return tests;
    }

    @TestFactory
    List<DynamicTest> commonReadingFollowsPythonDotenvWhereTheyDisagree() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : Corpus.cases()) {
            String name = Corpus.caseName(file);
            List<Corpus.Binding> python = Corpus.readGolden(Corpus.golden(name, "python-dotenv"));
            List<Corpus.Binding> node = Corpus.readGolden(Corpus.golden(name, "node-dotenv"));
            if (!python.equals(node)) {
                tests.add(DynamicTest.dynamicTest(name, () -> assertThat(read(file)).isEqualTo(withoutBom(python))));
            }
        }
        return tests;
    }

    private static List<Corpus.Binding> read(Path file) {
        DotenvDocument document = Corpus.parse(file);
        return Corpus.bindings(COMMON.finalBindings(COMMON.read(document)));
    }

    /** python-dotenv reads a BOM as part of the first key; the common reading skips it (D12). */
    private static List<Corpus.Binding> withoutBom(List<Corpus.Binding> bindings) {
        List<Corpus.Binding> out = new ArrayList<>(bindings);
        if (!out.isEmpty() && out.get(0).key().startsWith("\uFEFF")) {
            out.set(0, new Corpus.Binding(out.get(0).key().substring(1), out.get(0).value()));
        }
        return out;
    }
}
