package dev.confguard.dotenv.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.source.SourceFile;
import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Differential test: {@link DotenvJavaReader} against the real dotenv-java 3.2.0 (a dependency),
 * loaded with {@code ignoreIfMalformed()}, on generated files and on the whole dialect corpus.
 * Generated text is valid UTF-8 (the loader throws on anything else) and free of control characters
 * before a quote (the loader's {@code stripQuotes} can throw on those; see the examples below).
 */
class DotenvJavaReaderProperties {
    private static final DialectReader READER = Dialect.DOTENV_JAVA.reader();
    private static Path directory;

    @Property(tries = 1500)
    void readsLikeDotenvJava(@ForAll("envFiles") String content) throws IOException {
        assertThat(ours(content)).as("content %s", visible(content)).isEqualTo(real(content));
    }

    @Test
    void readsTheDialectCorpusLikeDotenvJava() throws IOException {
        for (Path file : Corpus.cases()) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(ours(content)).as("%s", file.getFileName()).isEqualTo(real(content));
        }
    }

    @Test
    void copiesTheStripQuotesOffByOneAfterOneControlCharacter() throws IOException {
        String content = "A=\u0001\"x\"\nB=1\n";
        assertThat(real(content)).containsEntry("A", "x\"");
        assertThat(ours(content)).isEqualTo(real(content));
    }

    @Test
    void skipsTheEntryWhereDotenvJavaThrowsOnTwoControlCharacters() throws IOException {
        String content = "A=\u0001\u0001\"x\"\nB=1\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> real(content))
                .isInstanceOf(StringIndexOutOfBoundsException.class);
        assertThat(ours(content)).isEqualTo(Map.of("B", "1"));
    }

    @Provide
    Arbitrary<String> envFiles() {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "  ", "\t", " \t ")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("# comment", "#", "  # indented", "\t#x", "//// slashes",
                        "#\"", "# 'q", "// c")),
                net.jqwik.api.Tuple.of(10, entry()),
                net.jqwik.api.Tuple.of(1, valuePiece()));
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
        return Combinators.combine(line.list().ofMaxSize(12), eol, Arbitraries.of(true, false))
                .as((lines, ending, finalNewline) -> {
                    String text = String.join("\n", lines) + (finalNewline && !lines.isEmpty() ? "\n" : "");
                    return text.replace("\n", ending);
                });
    }

    private Arbitrary<String> entry() {
        Arbitrary<String> prefix = Arbitraries.of("", "", "", " ", "\t", "export ", "export\t", "  export  ");
        Arbitrary<String> key = Arbitraries.of("CG_A", "CG_B", "CG_KEY_1", "cg.dotted", "cg-dash", "cglower", "_CG",
                "1", "Cg\u00c4", "CG:X", "$CG", "CG A", "export", "exportCG");
        Arbitrary<String> separator = Arbitraries.of("=", "=", "=", " = ", "= ", " =", "=\t", "\t=\t", ":", ": ", "==");
        Arbitrary<String> value = valuePiece().list().ofMaxSize(3).map(pieces -> String.join("", pieces));
        Arbitrary<String> trailing = Arbitraries.of("", "", "", " # comment", "#c", "  ", "\t", " #", "# \"q\"");
        return Combinators.combine(prefix, key, separator, value, trailing).as((p, k, s, v, t) -> p + k + s + v + t);
    }

    private Arbitrary<String> valuePiece() {
        return Arbitraries.of(
                "v", "hello world", "a#b", "a #b", "#x", " # c", "=x", "a=b", " ", "  ", "\t",
                "'single'", "'s # h'", "'a\\'b'", "''", "'", "'unterminated",
                "\"double\"", "\"d # h\"", "\"\"", "\"", "\"unterminated", "\"a\\nb\"", "\"a\\\"b\"", "\"a\\\\\"",
                "\"a\\\\nb\"", "\"multi\nline\"", "\"first\n", "second\"", "\"a\" b", "\"a\"b\"c\"", "\\\"",
                "`tick`", "`t # h`", "`", "`multi\nline`", "\\", "\\n", "${CG_A}",
                "\u00e9", "\u65e5\u672c", "\ud83d\ude00", "\u00a0", "\u2028", "\u0085", "\u000b", "\f", "\u3000");
    }

    private static Map<String, String> ours(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        DotenvDocument document = DotenvParser.parse(SourceFile.of(null, "generated.env", bytes));
        Map<String, String> map = new HashMap<>();
        for (ReadEntry entry : READER.finalBindings(READER.read(document))) {
            map.put(entry.key(), entry.value());
        }
        return map;
    }

    private static Map<String, String> real(String content) throws IOException {
        Path dir = directory();
        Files.writeString(dir.resolve("generated.env"), content, StandardCharsets.UTF_8);
        Dotenv dotenv = Dotenv.configure().directory(dir.toString()).filename("generated.env").ignoreIfMalformed().load();
        Map<String, String> map = new HashMap<>();
        for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
            map.put(entry.getKey(), entry.getValue());
        }
        return map;
    }

    private static synchronized Path directory() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("confguard-dotenv-java");
                directory.toFile().deleteOnExit();
                directory.resolve("generated.env").toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }

    private static String visible(String content) {
        StringBuilder out = new StringBuilder();
        for (char c : content.toCharArray()) {
            out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
