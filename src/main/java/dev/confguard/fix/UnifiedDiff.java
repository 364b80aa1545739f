package dev.confguard.fix;

import dev.confguard.secrets.SecretMask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff of two versions of a file, as {@code diff -u} writes it and {@code patch} or
 * {@code git apply} read it: {@code --- a/FILE}, {@code +++ b/FILE}, then {@code @@ -l,n +l,n @@}
 * hunks with three lines of context. Lines end after each LF, so a CR stays part of its line as in
 * the file. The edit script is Myers' shortest one; past {@link #MAX_DIFFERENCES} differing lines it
 * settles for replacing the whole differing middle, which is still a correct diff.
 */
public final class UnifiedDiff {
    static final int CONTEXT = 3;
    static final int MAX_DIFFERENCES = 1000;

    private UnifiedDiff() {
    }

    /** The diff, or the empty string when the texts are equal. */
    public static String of(String path, String before, String after) {
        return of(path, before, after, SecretMask.none(), SecretMask.none());
    }

    /**
     * The diff with the characters each mask covers shown as {@code *} (secret values: a diff is printed,
     * and a printed secret is a leaked one). A masked diff is for reading; it no longer applies.
     */
    public static String of(String path, String before, String after, SecretMask beforeMask, SecretMask afterMask) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Line> script = script(a, b);
        int[] aStarts = starts(a);
        int[] bStarts = starts(b);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n');
        out.append("+++ b/").append(path).append('\n');
        for (int[] hunk : hunks(script)) {
            writeHunk(out, script, hunk[0], hunk[1], line -> line.kind == '+'
                    ? afterMask.apply(after, bStarts[line.bIndex], bStarts[line.bIndex] + line.text.length())
                    : beforeMask.apply(before, aStarts[line.aIndex], aStarts[line.aIndex] + line.text.length()));
        }
        return out.toString();
    }

    private static int[] starts(List<String> lines) {
        int[] out = new int[lines.size()];
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            out[i] = offset;
            offset += lines.get(i).length();
        }
        return out;
    }

    /** One line of the script: kept (' '), deleted ('-') or inserted ('+'), with its numbers (0-based). */
    private record Line(char kind, String text, int aIndex, int bIndex) {
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static List<Line> script(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Line(' ', a.get(i), i, i));
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        List<Line> middle = myers(midA, midB, prefix);
        out.addAll(middle == null ? replaceAll(midA, midB, prefix) : deletionsFirst(middle));
        for (int i = suffix; i > 0; i--) {
            out.add(new Line(' ', a.get(a.size() - i), a.size() - i, b.size() - i));
        }
        return out;
    }

    private static List<Line> replaceAll(List<String> a, List<String> b, int offset) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(new Line('-', a.get(i), offset + i, -1));
        }
        for (int j = 0; j < b.size(); j++) {
            out.add(new Line('+', b.get(j), -1, offset + j));
        }
        return out;
    }

    /**
     * Myers' greedy algorithm (1986): for d = 0, 1, ... the furthest point reachable on each diagonal
     * with d differences; the V arrays of each step are kept to walk the path back. Null when more
     * than MAX_DIFFERENCES lines differ.
     */
    private static List<Line> myers(List<String> a, List<String> b, int offset) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int limit = Math.min(max, MAX_DIFFERENCES);
        int[] v = new int[2 * limit + 3];
        int zero = limit + 1;
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= limit; d++) {
            trace.add(Arrays.copyOfRange(v, zero - d - 1, zero + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[zero + k - 1] < v[zero + k + 1]) ? v[zero + k + 1]
                        : v[zero + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[zero + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(a, b, trace, d, offset);
                }
            }
        }
        return null;
    }

    private static List<Line> backtrack(List<String> a, List<String> b, List<int[]> trace, int dEnd, int offset) {
        List<Line> reversed = new ArrayList<>();
        int x = a.size();
        int y = b.size();
        for (int d = dEnd; d > 0; d--) {
            int[] v = trace.get(d);
            int zero = d + 1;
            int k = x - y;
            boolean down = k == -d || (k != d && v[zero + k - 1] < v[zero + k + 1]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = v[zero + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
                reversed.add(new Line(' ', a.get(x), offset + x, offset + y));
            }
            if (down) {
                y--;
                reversed.add(new Line('+', b.get(y), -1, offset + y));
            } else {
                x--;
                reversed.add(new Line('-', a.get(x), offset + x, -1));
            }
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            reversed.add(new Line(' ', a.get(x), offset + x, offset + y));
        }
        List<Line> out = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            out.add(reversed.get(i));
        }
        return out;
    }

    /** Within each run of changed lines, deletions before insertions, as diff prints them. */
    private static List<Line> deletionsFirst(List<Line> script) {
        List<Line> out = new ArrayList<>(script.size());
        List<Line> inserted = new ArrayList<>();
        for (Line line : script) {
            if (line.kind == '+') {
                inserted.add(line);
                continue;
            }
            if (line.kind == ' ') {
                out.addAll(inserted);
                inserted.clear();
            }
            out.add(line);
        }
        out.addAll(inserted);
        return out;
    }

    /** [from, to) ranges of the script, each a hunk: changes closer than 2 x CONTEXT lines share one. */
    private static List<int[]> hunks(List<Line> script) {
        List<int[]> hunks = new ArrayList<>();
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).kind == ' ') {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int lastChange = i;
            int j = i + 1;
            while (j < script.size()) {
                if (script.get(j).kind != ' ') {
                    lastChange = j;
                } else if (j - lastChange > 2 * CONTEXT) {
                    break;
                }
                j++;
            }
            int to = Math.min(script.size(), lastChange + 1 + CONTEXT);
            hunks.add(new int[] {from, to});
            i = to;
        }
        return hunks;
    }

    private static void writeHunk(StringBuilder out, List<Line> script, int from, int to,
                                  java.util.function.Function<Line, String> shown) {
        int aCount = 0;
        int bCount = 0;
        int aFirst = -1;
        int bFirst = -1;
        for (int i = from; i < to; i++) {
            Line line = script.get(i);
            if (line.kind != '+') {
                aCount++;
                aFirst = aFirst < 0 ? line.aIndex : aFirst;
            }
            if (line.kind != '-') {
                bCount++;
                bFirst = bFirst < 0 ? line.bIndex : bFirst;
            }
        }
        out.append("@@ -").append(start(aFirst, aCount, script, from, true)).append(',').append(aCount)
                .append(" +").append(start(bFirst, bCount, script, from, false)).append(',').append(bCount)
                .append(" @@\n");
        for (int i = from; i < to; i++) {
            Line line = script.get(i);
            out.append(line.kind);
            String text = shown.apply(line);
            if (text.endsWith("\n")) {
                out.append(text);
            } else {
                out.append(text).append("\n\\ No newline at end of file\n");
            }
        }
    }

    /**
     * The 1-based number of the hunk's first line on one side; for a side with no lines in the hunk,
     * the number of the line just before it (0 at the top of the file), as diff writes it.
     */
    private static int start(int first, int count, List<Line> script, int from, boolean aSide) {
        if (count > 0) {
            return first + 1;
        }
        int before = 0;
        for (int i = 0; i < from; i++) {
            Line line = script.get(i);
            if (aSide ? line.kind != '+' : line.kind != '-') {
                before++;
            }
        }
        return before;
    }
}
