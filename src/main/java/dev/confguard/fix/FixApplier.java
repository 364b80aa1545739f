package dev.confguard.fix;

import dev.confguard.findings.Edit;
import dev.confguard.findings.Fix;
import dev.confguard.source.Utf8;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies one round of fixes to a text. Fixes are taken in the order of their first edit, each whole
 * or not at all: one that overlaps a fix already taken waits for the next round (the first wins), and
 * one identical to a fix already taken counts as applied with it. Two insertions at the same offset
 * overlap, since their order would be a guess.
 */
public final class FixApplier {
    private static final Comparator<Edit> IN_TEXT_ORDER = Comparator.comparingInt(Edit::start)
            .thenComparingInt(Edit::end);

    private FixApplier() {
    }

    /**
     * The text after one round, the fixes taken (each once, in text order), and how many of the given
     * fixes that round applied (identical fixes count as applied with the one taken).
     */
    public record Round(String text, List<Fix> taken, int applied) {
        public Round {
            taken = List.copyOf(taken);
        }

        /** The new text as bytes: invalid input bytes (escaped as lone surrogates) come back unchanged. */
        public byte[] bytes() {
            return Utf8.encode(text);
        }
    }

    public static Round apply(String text, List<Fix> fixes) {
        List<Fix> ordered = new ArrayList<>(fixes);
        ordered.sort(Comparator.comparing(FixApplier::firstEdit, IN_TEXT_ORDER));
        TreeSet<Edit> taken = new TreeSet<>(IN_TEXT_ORDER.thenComparing(Edit::replacement));
        Set<List<Edit>> takenFixes = new HashSet<>();
        List<Fix> takenInOrder = new ArrayList<>();
        int applied = 0;
        for (Fix fix : ordered) {
            List<Edit> edits = sorted(fix.edits());
            if (edits.isEmpty() || edits.get(edits.size() - 1).end() > text.length()) {
                continue;
            }
            if (takenFixes.contains(edits)) {
                applied++;
                continue;
            }
            if (overlapsItself(edits) || edits.stream().anyMatch(e -> overlapsAny(taken, e))) {
                continue;
            }
            taken.addAll(edits);
            takenFixes.add(edits);
            takenInOrder.add(fix);
            applied++;
        }
        return new Round(Edit.apply(text, new ArrayList<>(taken)), takenInOrder, applied);
    }

    private static Edit firstEdit(Fix fix) {
        return fix.edits().isEmpty() ? new Edit(Integer.MAX_VALUE, Integer.MAX_VALUE, "")
                : fix.edits().stream().min(IN_TEXT_ORDER).orElseThrow();
    }

    private static List<Edit> sorted(List<Edit> edits) {
        List<Edit> out = new ArrayList<>(edits);
        out.sort(IN_TEXT_ORDER);
        return out;
    }

    private static boolean overlapsItself(List<Edit> edits) {
        for (int i = 1; i < edits.size(); i++) {
            if (overlap(edits.get(i - 1), edits.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Edits already taken never overlap, so in text order their ends rise too: an edit can only overlap
     * its nearest neighbour on either side.
     */
    private static boolean overlapsAny(TreeSet<Edit> taken, Edit edit) {
        Edit before = taken.floor(edit);
        Edit after = taken.ceiling(edit);
        return (before != null && overlap(before, edit)) || (after != null && overlap(edit, after));
    }

    /** {@code a} comes first in text order. */
    private static boolean overlap(Edit a, Edit b) {
        boolean bothInsertHere = a.start() == a.end() && b.start() == b.end() && a.start() == b.start();
        return bothInsertHere || b.start() < a.end();
    }
}
