package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Fix;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;
import java.util.List;

/** A key set twice in one file: the earlier value is dead and readers are misled. */
public final class DuplicateKeyRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/duplicate-key",
            "A key is set more than once in the same file", Severity.ERROR, Fixability.UNSAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        String text = document.text();
        List<DotenvLine.Entry> entries = document.entries();
        Keys keys = new Keys(text, entries);
        for (int i = 0; i < entries.size(); i++) {
            DotenvLine.Entry entry = entries.get(i);
            TextRange range = entry.key();
            if (range.isEmpty()) {
                continue;
            }
            int slot = keys.slot(range.start(), range.end());
            int earlierIndex = keys.first[slot] - 1;
            if (earlierIndex < 0) {
                keys.first[slot] = i + 1;
                keys.last[slot] = i;
                continue;
            }
            DotenvLine.Entry earlier = entries.get(earlierIndex);
            DotenvLine.Entry dead = entries.get(keys.last[slot]);
            keys.last[slot] = i;
            int line = document.source().position(earlier.key().start()).line();
            String name = KeyCharacters.shown(document.key(entry));
            // Unsafe: the earlier value is dead only to loaders that keep the last one; a script
            // that takes the first match reads it, and python-dotenv's key order changes.
            context.report(range, name + " is already set on line " + line
                    + "; the last value wins and the earlier one is dead", name,
                    Fix.unsafe("delete the earlier assignment", Edit.delete(dead.span().start(), dead.span().end())));
        }
    }

    /**
     * The keys seen so far, by their text (what {@code String.equals} of the keys would compare), in an
     * open-addressing table of ints: no String and no map node per entry of a million-line file.
     * Per key: its first entry (index + 1, 0 for a free slot) and its latest entry.
     */
    private static final class Keys {
        private final String text;
        private final List<DotenvLine.Entry> entries;
        private final int mask;
        final int[] first;
        final int[] last;

        Keys(String text, List<DotenvLine.Entry> entries) {
            this.text = text;
            this.entries = entries;
            int capacity = 16;
            while (capacity < entries.size() * 2) {
                capacity <<= 1;
            }
            this.mask = capacity - 1;
            this.first = new int[capacity];
            this.last = new int[capacity];
        }

        /** The slot of the key text[start, end): where it is, or the free slot where it goes. */
        int slot(int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int slot = (hash ^ (hash >>> 16)) & mask;
            int length = end - start;
            while (first[slot] != 0) {
                TextRange key = entries.get(first[slot] - 1).key();
                if (key.length() == length && text.regionMatches(key.start(), text, start, length)) {
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
