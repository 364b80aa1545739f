package dev.confguard.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void invalidBytesBecomeEscapesAtTheirOffsets() {
        byte[] bytes = {'A', '=', (byte) 0xFF, 'b', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x82};
        DecodedText d = Utf8.decode(bytes);
        assertThat(d.text()).isEqualTo("A=\uDCFFb\u00E9\uDCE2\uDC82");
        assertThat(d.invalidOffsets()).containsExactly(2, 5, 6);
        assertThat(Utf8.encode(d.text())).isEqualTo(bytes);
    }

    @Test
    void overlongAndSurrogateEncodingsAreInvalid() {
        assertThat(Utf8.decode(new byte[] {(byte) 0xC0, (byte) 0x80}).invalidOffsets()).containsExactly(0, 1);
        assertThat(Utf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).invalidOffsets()).hasSize(3);
    }

    @Test
    void supplementaryCharactersCountTwoColumns() {
        SourceFile f = SourceFile.ofText("x", "A=\uD83D\uDE00B\n");
        assertThat(f.position(5)).isEqualTo(new Position(1, 6));
    }

    @Test
    void lineIndexKnowsEveryBreakKind() {
        LineIndex index = LineIndex.of("a\nb\r\nc\rd");
        assertThat(index.lineCount()).isEqualTo(4);
        assertThat(index.position(0)).isEqualTo(new Position(1, 1));
        assertThat(index.position(2)).isEqualTo(new Position(2, 1));
        assertThat(index.position(4)).isEqualTo(new Position(2, 3));
        assertThat(index.position(5)).isEqualTo(new Position(3, 1));
        assertThat(index.position(7)).isEqualTo(new Position(4, 1));
        assertThat(index.position(8)).isEqualTo(new Position(4, 2));
    }
}
