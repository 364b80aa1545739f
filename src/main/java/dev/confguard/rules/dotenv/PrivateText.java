package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.source.TextRange;
import java.util.List;

/**
 * Which parts of a file may hold a secret: values, comments (commented-out values are common) and
 * lines the parser could not read. Rules that describe single characters (a control character, an
 * undecodable byte) name the character only outside these parts, so no message shows any part of a
 * value.
 */
final class PrivateText {
    private PrivateText() {
    }

    /**
     * Where {@code offset} lies when that text may be secret, as a phrase for a message ("the value of
     * KEY", "a comment"); null when it lies in a key, indentation, around {@code =} or in a line break.
     */
    static String place(DotenvDocument document, int offset) {
        DotenvLine line = lineAt(document.lines(), offset);
        if (line instanceof DotenvLine.Entry) {
            DotenvLine.Entry entry = (DotenvLine.Entry) line;
            TextRange key = entry.key();
            if (key.contains(offset)) {
                // KEY:value with no '=' is read as one key; what follows the ':' is a value.
                int colon = document.text().indexOf(':', key.start());
                return colon >= 0 && colon < offset ? "the value of " + KeyCharacters.shown(document, entry) : null;
            }
            if (entry.value().raw().contains(offset) || within(entry.trailing(), offset)) {
                return "the value of " + KeyCharacters.shown(document, entry);
            }
            return within(entry.comment(), offset) ? "a comment" : null;
        }
        if (line instanceof DotenvLine.Comment) {
            return ((DotenvLine.Comment) line).comment().contains(offset) ? "a comment" : null;
        }
        if (line instanceof DotenvLine.Invalid) {
            return ((DotenvLine.Invalid) line).content().contains(offset) ? "a line that is not KEY=VALUE" : null;
        }
        return null;
    }

    private static boolean within(TextRange range, int offset) {
        return range != null && range.contains(offset);
    }

    /** The statement whose span holds {@code offset} (statements tile the text), or null before the first. */
    private static DotenvLine lineAt(List<DotenvLine> lines, int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextRange span = lines.get(mid).span();
            if (offset < span.start()) {
                hi = mid - 1;
            } else if (offset >= span.end()) {
                lo = mid + 1;
            } else {
                return lines.get(mid);
            }
        }
        return null;
    }
}
