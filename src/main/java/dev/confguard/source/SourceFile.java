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
    /** The original bytes; null for an ASCII file, whose text is those same bytes (see {@link #bytes()}). */
    private final byte[] bytes;
    private final DecodedText decoded;
    private volatile LineIndex lineIndex;

    private SourceFile(Path path, String displayPath, byte[] bytes) {
        this.path = path;
        this.displayPath = displayPath;
        this.decoded = Utf8.decode(bytes);
        // Same length and nothing escaped: every byte was ASCII, so the text holds the file once already.
        boolean ascii = decoded.text().length() == bytes.length && decoded.invalidOffsets().isEmpty();
        this.bytes = ascii ? null : bytes;
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

    /** The bytes as read (for an ASCII file, made again from the text: the very same bytes). */
    public byte[] bytes() {
        return bytes != null ? bytes : decoded.text().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Decoded text; each byte that is not valid UTF-8 appears as one char U+DC80+byte. */
    public String text() {
        return decoded.text();
    }

    /** Offsets (in {@link #text()}) of chars that stand for invalid UTF-8 bytes. */
    public List<Integer> invalidByteOffsets() {
        return decoded.invalidOffsets();
    }

    public LineIndex lineIndex() {
        LineIndex index = lineIndex;
        if (index == null) {
            // two threads may both build it: the same index either way, and no lock on every position lookup
            index = LineIndex.of(decoded.text());
            lineIndex = index;
        }
        return index;
    }

    public Position position(int offset) {
        return lineIndex().position(offset);
    }
}
