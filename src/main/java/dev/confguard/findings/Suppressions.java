package dev.confguard.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which findings of one file the file's inline directives silence. Region directives
 * ({@code disable} … {@code enable}) apply from the line after {@code disable} up to the line before
 * {@code enable}; an unclosed region runs to the end of the file. Directives are indexed once, so
 * a file with a million findings and thousands of directives is filtered in linear time.
 */
public final class Suppressions {
    private static final String ALL = "*";

    private final boolean empty;
    private final Set<String> fileWide = new HashSet<>();
    private final Map<Integer, List<Directive>> nextLine = new HashMap<>();
    /** Per rule (or ALL): region toggles in file order; their effective lines never decrease. */
    private final Map<String, List<Toggle>> regions = new HashMap<>();

    public Suppressions(List<Directive> directives) {
        this.empty = directives.isEmpty();
        for (Directive d : directives) {
            List<String> keys = d.rules().isEmpty() ? List.of(ALL) : d.rules();
            switch (d.kind()) {
                case DISABLE_FILE:
                    fileWide.addAll(keys);
                    break;
                case DISABLE_NEXT_LINE:
                    for (int line = d.line() + 1; line <= d.nextLineEnd(); line++) {
                        listAt(nextLine, line).add(d);
                    }
                    break;
                case DISABLE:
                case ENABLE:
                    boolean off = d.kind() == Directive.Kind.DISABLE;
                    Toggle toggle = new Toggle(off ? d.line() + 1 : d.line(), off, d.line());
                    for (String key : keys) {
                        listAt(regions, key).add(toggle);
                    }
                    break;
                default:
                    break;
            }
        }
    }

    /** {@code map.computeIfAbsent(key, k -> new ArrayList<>())} without a lambda (lint's start-up path). */
    private static <K, V> List<V> listAt(Map<K, List<V>> map, K key) {
        List<V> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>();
            map.put(key, list);
        }
        return list;
    }

    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    public boolean isEmpty() {
        return empty;
    }

    public boolean suppresses(Finding finding) {
        if (empty) {
            return false;
        }
        String rule = finding.ruleId();
        if (fileWide.contains(rule) || fileWide.contains(ALL)) {
            return true;
        }
        List<Directive> onLine = nextLine.get(finding.line());
        if (onLine != null) {
            for (Directive d : onLine) {
                if (d.covers(rule)) {
                    return true;
                }
            }
        }
        Toggle specific = lastApplying(regions.get(rule), finding.line());
        Toggle all = lastApplying(regions.get(ALL), finding.line());
        Toggle latest = specific == null ? all
                : all == null ? specific
                : specific.directiveLine >= all.directiveLine ? specific : all;
        return latest != null && latest.off;
    }

    public List<Finding> filter(List<Finding> findings) {
        if (empty) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!suppresses(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** The last toggle in effect on {@code line}, by binary search; null when none applies. */
    private static Toggle lastApplying(List<Toggle> toggles, int line) {
        if (toggles == null) {
            return null;
        }
        int lo = 0;
        int hi = toggles.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toggles.get(mid).fromLine <= line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : toggles.get(lo - 1);
    }

    /** A region boundary: from {@code fromLine} on, the rule is off (or on again). */
    private static final class Toggle {
        final int fromLine;
        final boolean off;
        final int directiveLine;

        Toggle(int fromLine, boolean off, int directiveLine) {
            this.fromLine = fromLine;
            this.off = off;
            this.directiveLine = directiveLine;
        }
    }
}
