package dev.confguard.dotenv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.source.Position;
import dev.confguard.source.SourceFile;
import dev.confguard.source.TextRange;
import org.junit.jupiter.api.Test;

class DotenvParserTest {

    private static DotenvDocument parse(String text) {
        return DotenvParser.parse(SourceFile.ofText("t.env", text));
    }

    private static DotenvLine.Entry onlyEntry(DotenvDocument doc) {
        assertThat(doc.entries()).hasSize(1);
        return doc.entries().get(0);
    }

    private static String at(DotenvDocument doc, TextRange r) {
        return r == null ? null : doc.slice(r);
    }

    @Test
    void simpleEntryHasExactRanges() {
        DotenvDocument doc = parse("FOO=bar\n");
        DotenvLine.Entry e = onlyEntry(doc);
        assertThat(at(doc, e.key())).isEqualTo("FOO");
        assertThat(at(doc, e.delimiter())).isEqualTo("=");
        assertThat(at(doc, e.value().raw())).isEqualTo("bar");
        assertThat(e.value().quote()).isEqualTo(QuoteStyle.NONE);
        assertThat(at(doc, e.lineEnding())).isEqualTo("\n");
        assertThat(doc.source().position(e.value().raw().start())).isEqualTo(new Position(1, 5));
    }

    @Test
    void exportPrefixSpacesAndInlineComment() {
        DotenvDocument doc = parse("  export  KEY =  some value  # note\n");
        DotenvLine.Entry e = onlyEntry(doc);
        assertThat(at(doc, e.indent())).isEqualTo("  ");
        assertThat(at(doc, e.export())).isEqualTo("export");
        assertThat(at(doc, e.key())).isEqualTo("KEY");
        assertThat(at(doc, e.value().raw())).isEqualTo("some value");
        assertThat(at(doc, e.comment())).isEqualTo("# note");
    }

    @Test
    void hashWithoutSpaceBeforeItIsPartOfAnUnquotedValue() {
        DotenvDocument doc = parse("A=abc#def\n");
        assertThat(at(doc, onlyEntry(doc).value().raw())).isEqualTo("abc#def");
        assertThat(onlyEntry(doc).comment()).isNull();
    }

    @Test
    void exportAloneIsAKey() {
        DotenvDocument doc = parse("export=1\n");
        DotenvLine.Entry e = onlyEntry(doc);
        assertThat(e.export()).isNull();
        assertThat(at(doc, e.key())).isEqualTo("export");
    }

    @Test
    void quotedValuesOfEachKind() {
        DotenvDocument doc = parse("A='x y'\nB=\"a\\\"b\" # c\nC=`t`\n");
        assertThat(doc.entries()).extracting(e -> e.value().quote())
                .containsExactly(QuoteStyle.SINGLE, QuoteStyle.DOUBLE, QuoteStyle.BACKTICK);
        DotenvLine.Entry b = doc.entries().get(1);
        assertThat(at(doc, b.value().raw())).isEqualTo("\"a\\\"b\"");
        assertThat(at(doc, b.value().content())).isEqualTo("a\\\"b");
        assertThat(at(doc, b.comment())).isEqualTo("# c");
    }

    @Test
    void multiLineQuotedValueIsOneStatement() {
        DotenvDocument doc = parse("KEY=\"line1\nline2\"\nNEXT=1\n");
        assertThat(doc.entries()).hasSize(2);
        DotenvLine.Entry e = doc.entries().get(0);
        assertThat(at(doc, e.value().content())).isEqualTo("line1\nline2");
        assertThat(doc.source().position(e.value().raw().end())).isEqualTo(new Position(2, 7));
    }

    @Test
    void unterminatedQuoteStopsAtItsLineSoTheRestStillParses() {
        DotenvDocument doc = parse("A=\"open\nB=2\n");
        assertThat(doc.entries()).hasSize(2);
        assertThat(doc.entries().get(0).value().terminated()).isFalse();
        assertThat(at(doc, doc.entries().get(0).value().raw())).isEqualTo("\"open");
        assertThat(doc.key(doc.entries().get(1))).isEqualTo("B");
    }

    @Test
    void textAfterClosingQuoteIsKeptAsTrailing() {
        DotenvDocument doc = parse("A=\"x\" y # z\n");
        DotenvLine.Entry e = onlyEntry(doc);
        assertThat(at(doc, e.trailing())).isEqualTo("y");
        assertThat(at(doc, e.comment())).isEqualTo("# z");
    }

    @Test
    void keyWithoutDelimiterAndInvalidLines() {
        DotenvDocument doc = parse("BARE\nBARE2 # c\nnot a pair\n");
        assertThat(doc.lines()).hasSize(3);
        assertThat(doc.lines().get(0)).isInstanceOf(DotenvLine.Entry.class);
        assertThat(((DotenvLine.Entry) doc.lines().get(0)).hasDelimiter()).isFalse();
        assertThat(doc.lines().get(1)).isInstanceOf(DotenvLine.Entry.class);
        assertThat(doc.lines().get(2)).isInstanceOf(DotenvLine.Invalid.class);
    }

    @Test
    void blankCommentBomAndCrlf() {
        DotenvDocument doc = parse("\uFEFF# top\r\n\r\nA=1\r\n");
        assertThat(doc.bom()).isEqualTo(TextRange.of(0, 1));
        assertThat(doc.lines()).hasSize(3);
        assertThat(doc.lines().get(0)).isInstanceOf(DotenvLine.Comment.class);
        assertThat(doc.lines().get(1)).isInstanceOf(DotenvLine.Blank.class);
        assertThat(at(doc, doc.lines().get(2).lineEnding())).isEqualTo("\r\n");
        assertThat(doc.print()).isEqualTo(doc.text());
    }

    @Test
    void emptyKeyIsAnEntryWithAnEmptyKeyRange() {
        DotenvDocument doc = parse("=value\n");
        assertThat(onlyEntry(doc).key().isEmpty()).isTrue();
    }

    @Test
    void nulAndInvalidBytesNeverThrow() {
        byte[] bytes = {'A', '=', 0, (byte) 0xFF, '\n', '"'};
        DotenvDocument doc = DotenvParser.parse(SourceFile.of(null, "b.env", bytes));
        assertThat(doc.print()).isEqualTo(doc.text());
        assertThat(dev.confguard.source.Utf8.encode(doc.print())).isEqualTo(bytes);
    }

    @Test
    void aQuoteAfterABackslashIsEscapedWhateverPrecedesIt() {
        DotenvDocument doc = parse("A=\"a\\\\\"\nB=\"b\"\n");
        assertThat(doc.entries()).hasSize(1);
        assertThat(at(doc, doc.entries().get(0).value().content())).isEqualTo("a\\\\\"\nB=");
    }

    @Test
    void withNoOtherQuoteTheLastEscapedOneCloses() {
        DotenvDocument doc = parse("DIR=\"C:\\dir\\\"\nNEXT=1\n");
        DotenvLine.Entry e = doc.entries().get(0);
        assertThat(e.value().terminated()).isTrue();
        assertThat(at(doc, e.value().content())).isEqualTo("C:\\dir\\");
        assertThat(doc.key(doc.entries().get(1))).isEqualTo("NEXT");
    }

    @Test
    void unicodeSpacesAreWhitespaceLikeForPythonAndNode() {
        DotenvDocument doc = parse("\u00a0KEY =\u00a0v\u00a0\n");
        DotenvLine.Entry e = onlyEntry(doc);
        assertThat(at(doc, e.key())).isEqualTo("KEY");
        assertThat(at(doc, e.value().raw())).isEqualTo("v");
    }

    @Test
    void exportFollowedByEqualsIsTheKeyExport() {
        DotenvDocument doc = parse("export =5\n");
        DotenvLine.Entry e = onlyEntry(doc);
        assertThat(e.export()).isNull();
        assertThat(at(doc, e.key())).isEqualTo("export");
    }
}
