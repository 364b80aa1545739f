package dev.confguard.dotenv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.source.SourceFile;
import dev.confguard.source.TextRange;
import dev.confguard.source.Utf8;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The parser is lossless and its ranges are well formed on any input, structured or not. */
class DotenvParserProperties {

    @Property(tries = 3000)
    void arbitraryBytesPrintBackIdentically(@ForAll @Size(max = 300) byte[] bytes) {
        assertLossless(bytes);
    }

    @Property(tries = 3000)
    void envLikeTextPrintsBackIdentically(@ForAll("envText") String text) {
        assertLossless(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> envText() {
        Arbitrary<String> piece = Arbitraries.of("FOO", "foo", "A.B", "X-Y", "export ", "=", " ", "\t", "\"", "'", "`",
                "#", " # c", "\\", "\\n", "\\\"", "$", "${A}", "${A:-d}", "\n", "\r\n", "\r", "\u00e9", "\uFEFF",
                "\u0000", "value", "a b", "://u:p@h/db");
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    static void assertLossless(byte[] bytes) {
        SourceFile source = SourceFile.of(null, "p.env", bytes);
        DotenvDocument doc = DotenvParser.parse(source);
        String text = source.text();
        assertThat(doc.print()).isEqualTo(text);
        assertThat(Utf8.encode(doc.print())).isEqualTo(bytes);
        int expectedStart = doc.bom() == null ? 0 : doc.bom().end();
        for (DotenvLine line : doc.lines()) {
            assertThat(line.span().start()).isEqualTo(expectedStart);
            assertThat(line.span().end()).isGreaterThan(line.span().start());
            assertThat(line.lineEnding().end()).isEqualTo(line.span().end());
            for (TextRange r : parts(line)) {
                assertThat(r.start()).isGreaterThanOrEqualTo(line.span().start());
                assertThat(r.end()).isLessThanOrEqualTo(line.lineEnding().start());
                source.position(r.start());
                source.position(r.end());
            }
            expectedStart = line.span().end();
        }
        assertThat(expectedStart).isEqualTo(text.length());
    }

    private static List<TextRange> parts(DotenvLine line) {
        List<TextRange> out = new ArrayList<>();
        if (line instanceof DotenvLine.Entry) {
            DotenvLine.Entry e = (DotenvLine.Entry) line;
            for (TextRange r : new TextRange[] {e.indent(), e.export(), e.key(), e.delimiter(), e.value().raw(),
                    e.value().content(), e.comment(), e.trailing()}) {
                if (r != null) {
                    out.add(r);
                }
            }
            TextRange prev = null;
            for (TextRange r : new TextRange[] {e.indent(), e.export(), e.key(), e.delimiter(), e.value().raw(),
                    e.trailing(), e.comment()}) {
                if (r != null && prev != null) {
                    assertThat(r.start()).isGreaterThanOrEqualTo(prev.end());
                }
                if (r != null) {
                    prev = r;
                }
            }
        } else if (line instanceof DotenvLine.Comment) {
            out.add(((DotenvLine.Comment) line).comment());
        } else if (line instanceof DotenvLine.Invalid) {
            out.add(((DotenvLine.Invalid) line).content());
        }
        return out;
    }
}
