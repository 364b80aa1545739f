package dev.confguard.findings;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which findings of one file the file's inline directives silence. Region directives
 * ({@code disable} … {@code enable}) apply from the line after {@code disable} to the {@code enable}
 * line; an unclosed region runs to the end of the file.
 */
public final class Suppressions {
    private final List<Directive> directives;

    public Suppressions(List<Directive> directives) {
        this.directives = List.copyOf(directives);
    }

    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    public boolean isEmpty() {
        return directives.isEmpty();
    }

    public boolean suppresses(Finding finding) {
        if (directives.isEmpty()) {
            return false;
        }
        String rule = finding.ruleId();
        boolean regionOff = false;
        for (Directive d : directives) {
            if (!d.covers(rule)) {
                continue;
            }
            switch (d.kind()) {
                case DISABLE_FILE:
                    return true;
                case DISABLE_NEXT_LINE:
                    if (finding.line() == d.line() + 1) {
                        return true;
                    }
                    break;
                case DISABLE:
                    if (d.line() < finding.line()) {
                        regionOff = true;
                    }
                    break;
                case ENABLE:
                    if (d.line() <= finding.line()) {
                        regionOff = false;
                    }
                    break;
                default:
                    break;
            }
        }
        return regionOff;
    }

    public List<Finding> filter(List<Finding> findings) {
        if (directives.isEmpty()) {
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
}
