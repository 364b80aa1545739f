package dev.confguard.secrets;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.source.TextRange;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The spans of a file that must never be shown: values of secret-named keys, passwords inside
 * URLs ({@code scheme://user:password@host}), and whatever follows a secret-looking name on a line
 * that is not {@code KEY=VALUE} ({@code DB_PASSWORD: hunter2}), and the values of keys a schema marks
 * secret when the caller names them. Code frames print these spans as {@code *}.
 */
public final class SecretMask {
    /**
     * {@code Comparator.comparingInt(TextRange::start)} and {@code key -> false} as classes: a lambda or method
     * reference costs lint's start-up the first use of invokedynamic (~5 ms of method-handle linkage).
     */
    private static final java.util.Comparator<TextRange> BY_START = new java.util.Comparator<>() {
        @Override
        public int compare(TextRange a, TextRange b) {
            return Integer.compare(a.start(), b.start());
        }
    };
    private static final Predicate<String> NONE_MARKED = new Predicate<>() {
        @Override
        public boolean test(String key) {
            return false;
        }
    };

    private final List<TextRange> ranges;

    private SecretMask(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort(BY_START);
        List<TextRange> merged = new ArrayList<>(sorted.size());
        for (TextRange r : sorted) {
            TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.start() <= last.end()) {
                merged.set(merged.size() - 1, TextRange.of(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        this.ranges = List.copyOf(merged);
    }

    /** Values of secret-named keys (by the last part of their path) and URL passwords in a YAML/JSON file. */
    public static SecretMask of(ConfigDocument document) {
        return of(document, NONE_MARKED);
    }

    /**
     * As {@link #of(ConfigDocument)}, and the values at the paths {@code markedSecret} accepts (the keys
     * a schema marks {@code x-secret}).
     */
    public static SecretMask of(ConfigDocument document, Predicate<String> markedSecret) {
        String text = document.source().text();
        List<TextRange> ranges = new ArrayList<>();
        for (ConfigEntry entry : document.entries()) {
            String path = entry.path();
            if (SecretKeyNames.pathLooksSecret(path) || markedSecret.test(path)) {
                if (!entry.valueRange().isEmpty()) {
                    ranges.add(entry.valueRange());
                }
            } else if (!entry.valueRange().isEmpty()) {
                TextRange password = urlPassword(text, entry.valueRange());
                if (password != null) {
                    ranges.add(password);
                }
            }
        }
        return new SecretMask(ranges);
    }

    /** This mask plus more spans (a credential a rule found by its shape, under a key that looks harmless). */
    public SecretMask with(List<TextRange> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<TextRange> all = new ArrayList<>(ranges);
        all.addAll(more);
        return new SecretMask(all);
    }

    public static SecretMask none() {
        return new SecretMask(List.of());
    }

    public static SecretMask of(DotenvDocument document) {
        return of(document, NONE_MARKED);
    }

    /** As {@link #of(DotenvDocument)}, and the values of the keys {@code markedSecret} accepts. */
    public static SecretMask of(DotenvDocument document, Predicate<String> markedSecret) {
        String text = document.text();
        List<TextRange> ranges = new ArrayList<>();
        for (DotenvLine line : document.lines()) {
            if (line instanceof DotenvLine.Entry) {
                addEntry(document, (DotenvLine.Entry) line, ranges, markedSecret);
            } else if (line instanceof DotenvLine.Invalid) {
                addAfterSecretName(text, ((DotenvLine.Invalid) line).content(), ranges, markedSecret);
            }
        }
        return new SecretMask(ranges);
    }

    private static void addEntry(DotenvDocument document, DotenvLine.Entry entry, List<TextRange> ranges,
                                 Predicate<String> markedSecret) {
        String text = document.text();
        if (!entry.hasDelimiter()) {
            addAfterSecretName(text, entry.key(), ranges, markedSecret);
            return;
        }
        TextRange content = entry.value().content();
        if (content.isEmpty()) {
            return;
        }
        if (SecretKeyNames.looksSecret(document.key(entry)) || markedSecret.test(document.key(entry))) {
            if (!SecretRefParser.isReference(text.substring(content.start(), content.end()))) {
                ranges.add(content);
            }
        } else {
            TextRange password = urlPassword(text, content);
            if (password != null) {
                ranges.add(password);
            }
        }
    }

    /**
     * For text that is not {@code KEY=VALUE}: when it starts with a secret-looking name (up to a
     * {@code :}, space or tab), everything after the name is masked.
     */
    private static void addAfterSecretName(String text, TextRange range, List<TextRange> ranges,
                                           Predicate<String> markedSecret) {
        int i = range.start();
        while (i < range.end() && text.charAt(i) != ':' && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
            i++;
        }
        String name = i > range.start() ? text.substring(range.start(), i) : "";
        if (i < range.end() && !name.isEmpty() && (SecretKeyNames.looksSecret(name) || markedSecret.test(name))) {
            ranges.add(TextRange.of(i + 1, range.end()));
        }
    }

    /** The password of the first {@code ://user:password@} inside the range, or null. */
    public static TextRange urlPassword(String text, TextRange range) {
        int scheme = indexOf(text, "://", range.start(), range.end());
        if (scheme < 0) {
            return null;
        }
        int authorityStart = scheme + 3;
        int at = -1;
        for (int i = authorityStart; i < range.end(); i++) {
            char c = text.charAt(i);
            if (c == '@') {
                at = i;
            } else if (c == '/' || c == '?' || c == '#' || c == ' ' || c == '\n') {
                break;
            }
        }
        if (at < 0) {
            return null;
        }
        int colon = indexOf(text, ":", authorityStart, at);
        if (colon < 0) {
            return null;
        }
        return colon + 1 < at ? TextRange.of(colon + 1, at) : null;
    }

    /** {@code text.indexOf(needle, from)} that never looks at or past {@code to}: keeps the scan linear. */
    static int indexOf(String text, String needle, int from, int to) {
        int last = to - needle.length();
        char first = needle.charAt(0); // compared first: startsWith only where the first character is
        for (int i = from; i <= last; i++) {
            if (text.charAt(i) == first && text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    public List<TextRange> ranges() {
        return ranges;
    }

    /** The text of [start, end) with masked characters replaced by {@code *}. */
    public String apply(String text, int start, int end) {
        StringBuilder out = null;
        for (int k = firstEndingAfter(start); k < ranges.size() && ranges.get(k).start() < end; k++) {
            TextRange r = ranges.get(k);
            int from = Math.max(start, r.start());
            int to = Math.min(end, r.end());
            if (from >= to) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.substring(start, end));
            }
            for (int i = from; i < to; i++) {
                out.setCharAt(i - start, '*');
            }
        }
        return out == null ? text.substring(start, end) : out.toString();
    }

    /** Index of the first range ending after {@code offset}; ranges are in file order and disjoint. */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = ranges.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
