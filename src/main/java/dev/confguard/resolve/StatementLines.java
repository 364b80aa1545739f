package dev.confguard.resolve;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.source.LineIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the physical line of a dialect reading that no parser entry starts at (its start offset is
 * -1: the loader cut the file into statements differently), by the key the line begins with. The
 * index is built on first use, in one pass, so a file full of such readings stays linear.
 */
final class StatementLines {
    private final DotenvDocument document;
    private Map<String, List<Integer>> byLeadingKey;

    StatementLines(DotenvDocument document) {
        this.document = document;
    }

    /**
     * The start of the first line after {@code after} that begins with {@code key} (after blanks and
     * an {@code export}), else of any line that does, else of the line holding {@code after} (or 0).
     */
    int lineStartOf(String key, int after) {
        if (byLeadingKey == null) {
            byLeadingKey = index(document.text());
        }
        List<Integer> starts = byLeadingKey.get(key);
        if (starts == null) {
            return after < 0 ? 0 : lineIndex().lineStart(lineIndex().lineOf(after));
        }
        int lo = 0;
        int hi = starts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts.get(mid) <= after) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < starts.size() ? starts.get(lo) : starts.get(0);
    }

    /** The line starting at {@code lineStart}, without its line break. */
    LayerContent.Span lineSpan(int lineStart) {
        String text = document.text();
        int end = lineStart;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        int line = lineIndex().lineOf(lineStart);
        int column = lineStart - lineIndex().lineStart(line) + 1;
        return new LayerContent.Span(line, column, line, column + (end - lineStart));
    }

    private LineIndex lineIndex() {
        return document.source().lineIndex();
    }

    /** Each line's leading key: {@code 'quoted'} or {@code [^=#\s]+}, as the loaders' key patterns allow. */
    private static Map<String, List<Integer>> index(String text) {
        Map<String, List<Integer>> index = new HashMap<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int i = skipBlanks(text, lineStart == 0 && n > 0 && text.charAt(0) == '\uFEFF' ? 1 : lineStart, lineEnd);
            if (text.startsWith("export", i) && i + 6 < lineEnd && isBlank(text.charAt(i + 6))) {
                i = skipBlanks(text, i + 6, lineEnd);
            }
            String key = null;
            if (i < lineEnd && text.charAt(i) == '\'') {
                int close = text.indexOf('\'', i + 1);
                if (close > i + 1 && close < lineEnd) {
                    key = text.substring(i + 1, close);
                }
            } else {
                int end = i;
                while (end < lineEnd && text.charAt(end) != '=' && text.charAt(end) != '#' && !isBlank(text.charAt(end))) {
                    end++;
                }
                key = end > i ? text.substring(i, end) : null;
            }
            if (key != null) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(lineStart);
            }
            if (lineEnd >= n) {
                break;
            }
            lineStart = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        return index;
    }

    private static int skipBlanks(String text, int i, int end) {
        while (i < end && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f';
    }
}
