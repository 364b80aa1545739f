package dev.confguard.source;

import java.nio.file.Path;
import java.util.List;

/**
 * One input file, read once: its original bytes, the decoded text, and where decoding failed.
 * {@code displayPath} is what reports print (relative to the working directory, or the
 * {@code --stdin-filename}); {@code path} is null for stdin.
 */
public final class SourceFile {
    private final Path path;
    private final String displayPath;
    private final byte[] bytes;
    private final DecodedText decoded;
    private LineIndex lineIndex;

    private SourceFile(Path path, String displayPath, byte[] bytes) {
        this.path = path;
        this.displayPath = displayPath;
        this.bytes = bytes;
        this.decoded = Utf8.decode(bytes);
    }

    public static SourceFile of(Path path, String displayPath, byte[] bytes) {
        return new SourceFile(path, displayPath, bytes);
    }

    public static SourceFile ofText(String displayPath, String text) {
        return new SourceFile(null, displayPath, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public Path path() {
        return path;
    }

    public String displayPath() {
        return displayPath;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** Decoded text; each byte that is not valid UTF-8 appears as one char U+DC80+byte. */
    public String text() {
        return decoded.text();
    }

    /** Offsets (in {@link #text()}) of chars that stand for invalid UTF-8 bytes. */
    public List<Integer> invalidByteOffsets() {
        return decoded.invalidOffsets();
    }

    public synchronized LineIndex lineIndex() {
        if (lineIndex == null) {
            lineIndex = LineIndex.of(decoded.text());
        }
        return lineIndex;
    }

    public Position position(int offset) {
        return lineIndex().position(offset);
    }
}
