package dev.confguard.dotenv;

import dev.confguard.source.SourceFile;
import dev.confguard.source.TextRange;
import java.util.List;

/**
 * The lossless tree of one {@code .env} file: an optional BOM, then statements that tile the rest
 * of the text. {@link #print()} gives back the text exactly, and so the original bytes.
 */
public final class DotenvDocument {
    private final SourceFile source;
    private final TextRange bom;
    /** The statements, in arrays; each {@link DotenvLine} is made when asked for (issue 8). */
    private final Statements lines;
    /** The entries, once: every rule walks them (they used to be collected anew on each of ~18 calls). */
    private final List<DotenvLine.Entry> entries;

    DotenvDocument(SourceFile source, TextRange bom, Statements lines) {
        this.source = source;
        this.bom = bom;
        this.lines = lines;
        this.entries = lines.entries();
    }

    public SourceFile source() {
        return source;
    }

    public String text() {
        return source.text();
    }

    /** The byte-order mark, or null when the file has none. */
    public TextRange bom() {
        return bom;
    }

    /** The statements in order (unmodifiable); each is made on access, so two accesses give equal values. */
    public List<DotenvLine> lines() {
        return lines;
    }

    /** The lines that are entries, in order (unmodifiable). */
    public List<DotenvLine.Entry> entries() {
        return entries;
    }

    public String slice(TextRange range) {
        return range.slice(source.text());
    }

    public String key(DotenvLine.Entry entry) {
        return slice(entry.key());
    }

    /** Rebuilds the text from the tree's spans. */
    public String print() {
        String text = source.text();
        StringBuilder out = new StringBuilder(text.length());
        if (bom != null) {
            out.append(bom.slice(text));
        }
        for (DotenvLine line : lines) {
            out.append(line.span().slice(text));
        }
        return out.toString();
    }
}
