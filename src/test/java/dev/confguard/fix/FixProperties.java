package dev.confguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.dotenv.dialect.DialectReader;
import dev.confguard.dotenv.dialect.ReadEntry;
import dev.confguard.engine.DocumentLinter;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.RuleSelection;
import dev.confguard.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Safe fixes, applied until stable, never change what python-dotenv, node's dotenv, dotenv-java or
 * the common reading read (keys and values), and a second fix changes nothing; unsafe fixes too
 * converge and leave the file parsable. The files are built from the pieces that trip loaders up:
 * quotes of every kind, escapes, {@code #}, {@code export}, LF/CRLF/CR mixes, a BOM, trailing and
 * Unicode whitespace, blank runs, multi-line quoted values, duplicate keys and invalid bytes.
 */
class FixProperties {
    private static final RuleRegistry REGISTRY = RuleRegistry.builtin();
    private static final DocumentLinter LINTER = new DocumentLinter(
            RuleSelection.of(REGISTRY, List.of("dotenv"), List.of()), REGISTRY.ids());

    @Property(tries = 10000)
    void safeFixesNeverChangeWhatAnyDialectReads(@ForAll("envFiles") byte[] bytes) {
        SourceFile original = SourceFile.of(null, ".env", bytes);
        FixLoop.Result result = new FixLoop(LINTER, false).run(original);
        assertThat(result.abandoned()).as("fixes abandoned on %s", shown(original)).isNull();
        for (Dialect dialect : Dialect.values()) {
            Map<String, String> before = finalBindings(dialect, original);
            Map<String, String> after = finalBindings(dialect, result.fixed());
            assertThat(after.keySet()).as("%s keys after fixing %s into %s", dialect.id(), shown(original),
                    shown(result.fixed())).isEqualTo(before.keySet());
            assertThat(after).as("%s values after fixing %s into %s", dialect.id(), shown(original),
                    shown(result.fixed())).isEqualTo(before);
        }
        assertThat(new FixLoop(LINTER, false).run(result.fixed()).changed())
                .as("a second fix of %s changes it again", shown(result.fixed())).isFalse();
    }

    @Property(tries = 3000)
    void unsafeFixesConvergeAndKeepTheFileParsable(@ForAll("envFiles") byte[] bytes) {
        SourceFile original = SourceFile.of(null, ".env", bytes);
        FixLoop.Result result = new FixLoop(LINTER, true).run(original);
        assertThat(result.abandoned()).as("fixes abandoned on %s", shown(original)).isNull();
        assertThat(new FixLoop(LINTER, true).run(result.fixed()).changed())
                .as("a second fix of %s changes it again", shown(result.fixed())).isFalse();
    }

    @Provide
    Arbitrary<byte[]> envFiles() {
        Arbitrary<String> text = Arbitraries.oneOf(lineShaped(), pieces());
        Arbitrary<String> withBom = Combinators.combine(Arbitraries.of("", "", "", "\uFEFF"), text)
                .as((bom, body) -> bom + body);
        // Now and then a byte that is not UTF-8, somewhere in the file.
        return Combinators.combine(withBom, Arbitraries.of(-1, -1, -1, 0, 1, 3, 7, 20),
                Arbitraries.of((byte) 0xFF, (byte) 0xC3, (byte) 0x80))
                .as(FixProperties::withInvalidByte);
    }

    /** Lines that look like entries: indentation, export, a key, a separator, a value, a comment, trailing blanks. */
    private static Arbitrary<String> lineShaped() {
        Arbitrary<String> indent = Arbitraries.of("", "", "", " ", "\t", "\u00A0", "export ", "  export ", "export\t");
        Arbitrary<String> key = Arbitraries.of("FOO", "FOO", "foo", "BAR_1", "A.B", "X-Y", "1X", "export", "Foo", "",
                "'Q'", "__proto__", "#K");
        Arbitrary<String> separator = Arbitraries.of("=", "=", "=", " =", "= ", " = ", "\t=\t", "=\u00A0", "\u00A0=",
                ":", ": ", " ", "");
        Arbitrary<String> value = Arbitraries.of("v", "a b", "8080", "\"", "'", "`", "\\", "\\\"", "\\'", "\\n", "#",
                " #", " # c", "#x", "${A}", "\u00e9", "\u00A0", "\u2028", "\u0085", "\uD83D\uDE00", "\t", "  ",
                "\"q\"", "'s'", "`b`", "\"a b\"", "'a b'", "\"multi\nline\"", "'multi\r\nline'", "\"x\\\" y\n z\"  ",
                "\u000B", "\f", "=", "\"", "\"\"").list().ofMaxSize(5).map(parts -> String.join("", parts));
        Arbitrary<String> trailing = Arbitraries.of("", "", "", " ", "  ", "\t", " \t", " # note ");
        Arbitrary<String> entry = Combinators.combine(indent, key, separator, value, trailing)
                .as((i, k, s, v, t) -> i + k + s + v + t);
        Arbitrary<String> other = Arbitraries.of("", "", "   ", "\t", "# comment", "  # indented", "#", "\u00A0",
                "\"", "'", "`", "z\"  ", "c\"", "////", "\u2029", "\u0085", "\\\"  ");
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, entry), net.jqwik.api.Tuple.of(2, other));
        Arbitrary<String> ending = Arbitraries.of("\n", "\n", "\n", "\n", "\r\n", "\r\n", "\r", "");
        return Combinators.combine(line, ending).as((l, e) -> l + e).list().ofMaxSize(12)
                .map(lines -> String.join("", lines));
    }

    /** Pieces glued anywhere, so statements break in places no line-shaped file has. */
    private static Arbitrary<String> pieces() {
        return Arbitraries.of("FOO", "foo", "A.B", "export ", "=", " = ", " ", "  ", "\t", "\"", "'", "`", "#", " # c",
                "\\", "\\n", "\\\"", "${A}", "\n", "\n\n\n", "\r\n", "\r", "\u00e9", "\uFEFF", "\u00A0", "\u2028",
                "value", "a b", "\"multi\nline\"", "FOO=1\n", "FOO=2\n", "foo=3\n").list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }

    private static byte[] withInvalidByte(String text, int at, byte invalid) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (at < 0 || at > utf8.length) {
            return utf8;
        }
        byte[] out = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, out, 0, at);
        out[at] = invalid;
        System.arraycopy(utf8, at, out, at + 1, utf8.length - at);
        return out;
    }

    private static Map<String, String> finalBindings(Dialect dialect, SourceFile source) {
        DotenvDocument document = DotenvParser.parse(source);
        DialectReader reader = dialect.reader();
        Map<String, String> out = new LinkedHashMap<>();
        for (ReadEntry entry : reader.finalBindings(reader.read(document))) {
            out.put(entry.key(), entry.value());
        }
        return out;
    }

    /** The text with its line breaks and invisible characters spelt out, for failure messages. */
    private static String shown(SourceFile source) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : source.text().toCharArray()) {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
