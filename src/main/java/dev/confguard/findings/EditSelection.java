package dev.confguard.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Chooses which groups of edits (one group per fix) to apply together so that a check of the
 * resulting text holds. All groups are tried at once; when the check fails, each half in turn is
 * added to what already passed, down to single groups. Every accepted addition is checked together
 * with everything accepted before it, so the chosen groups pass as a whole. A fixed budget of checks
 * keeps a file with many failing groups linear; groups left undecided are not chosen.
 */
public final class EditSelection {
    private static final Comparator<Edit> IN_TEXT_ORDER = Comparator.comparingInt(Edit::start)
            .thenComparingInt(Edit::end);

    private final String text;
    private final List<List<Edit>> groups;
    private final Predicate<String> check;
    private final boolean[] chosen;
    private int checksLeft;

    private EditSelection(String text, List<List<Edit>> groups, Predicate<String> check, int maxChecks) {
        this.text = text;
        this.groups = groups;
        this.check = check;
        this.chosen = new boolean[groups.size()];
        this.checksLeft = maxChecks;
    }

    /** For each group, whether it is chosen; overlapping groups are never chosen together. */
    public static boolean[] choose(String text, List<List<Edit>> groups, Predicate<String> check, int maxChecks) {
        EditSelection selection = new EditSelection(text, groups, check, maxChecks);
        if (!groups.isEmpty()) {
            selection.decide(0, groups.size());
        }
        return selection.chosen;
    }

    private void decide(int from, int to) {
        if (checksLeft <= 0) {
            return;
        }
        checksLeft--;
        if (passesWith(from, to)) {
            for (int i = from; i < to; i++) {
                chosen[i] = true;
            }
            return;
        }
        if (to - from > 1) {
            int middle = (from + to) >>> 1;
            decide(from, middle);
            decide(middle, to);
        }
    }

    private boolean passesWith(int from, int to) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (chosen[i] || (i >= from && i < to)) {
                edits.addAll(groups.get(i));
            }
        }
        edits.sort(IN_TEXT_ORDER);
        for (int i = 1; i < edits.size(); i++) {
            Edit a = edits.get(i - 1);
            Edit b = edits.get(i);
            if (b.start() < a.end() || (a.start() == a.end() && b.start() == b.end() && a.start() == b.start())) {
                return false;
            }
        }
        return check.test(Edit.apply(text, edits));
    }
}
