package dev.confguard.fix;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.dotenv.dialect.Readings;
import dev.confguard.engine.DocumentLinter;
import dev.confguard.findings.Applicability;
import dev.confguard.findings.Edit;
import dev.confguard.findings.EditSelection;
import dev.confguard.findings.Finding;
import dev.confguard.findings.Fix;
import dev.confguard.source.SourceFile;
import dev.confguard.source.Utf8;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fixes one file until no applicable fix remains: lint, apply a round, lint again, for at most
 * {@link #MAX_ROUNDS} rounds. After every round the text must parse no worse than the original (no
 * new unreadable lines or unterminated quotes) and, when only safe fixes run, every dialect must read
 * exactly what it read from the original. When a round fails that check, only the fixes that pass it
 * together are applied; when none does, a rule proposed a wrong fix: the file's fixes are abandoned,
 * the original text is kept and the reason reported.
 */
public final class FixLoop {
    public static final int MAX_ROUNDS = 10;
    private static final int MAX_CHECKS = 40;

    private final DocumentLinter linter;
    private final boolean unsafe;

    /** {@code unsafe}: apply unsafe fixes too (and so accept that what loaders read may change). */
    public FixLoop(DocumentLinter linter, boolean unsafe) {
        this.linter = linter.withFixes();
        this.unsafe = unsafe;
    }

    /**
     * The outcome for one file: its text before and after, how many findings were fixed, the findings
     * that remain (positions in the fixed text), and why the fixes were abandoned (null when they were not).
     */
    public record Result(SourceFile original, SourceFile fixed, int fixedCount, List<Finding> remaining,
                         String abandoned) {
        public Result {
            remaining = List.copyOf(remaining);
        }

        public boolean changed() {
            return !original.text().equals(fixed.text());
        }
    }

    public Result run(SourceFile original) {
        DotenvDocument first = DotenvParser.parse(original);
        Check check = new Check(first);
        DotenvDocument document = first;
        List<Finding> firstFindings = linter.lint(first);
        List<Finding> findings = firstFindings;
        int fixed = 0;
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            List<Fix> fixes = applicable(findings);
            if (fixes.isEmpty()) {
                break;
            }
            String text = document.text();
            FixApplier.Round applied = FixApplier.apply(text, fixes);
            DotenvDocument next = parse(original, applied.text());
            String problem = check.problem(next);
            if (problem != null) {
                // Fixes each right on their own can clash (an indentation and a space after '=' that only
                // together make dotenv-java read the line): keep the ones that pass together; rules
                // judge the others again next round, on the new text.
                applied = FixApplier.apply(text, passingTogether(original, text, fixes, applied.taken(), check));
                if (applied.taken().isEmpty()) {
                    return new Result(original, original, 0, firstFindings,
                            "fixes abandoned, file left unchanged: after round " + round + " " + problem
                                    + " (a rule proposed a wrong fix; please report it)");
                }
                next = parse(original, applied.text());
            }
            if (applied.text().equals(text)) {
                break;
            }
            fixed += applied.applied();
            document = next;
            findings = linter.lint(document);
        }
        return new Result(original, document.source(), fixed, findings, null);
    }

    /** The text of a round, parsed as a new version of {@code original} (the bytes keep invalid bytes as they were). */
    private static DotenvDocument parse(SourceFile original, String text) {
        return DotenvParser.parse(SourceFile.of(original.path(), original.displayPath(), Utf8.encode(text)));
    }

    /** The given fixes that are, or equal, one of the taken fixes that pass the check together. */
    private static List<Fix> passingTogether(SourceFile original, String text, List<Fix> fixes, List<Fix> taken,
                                             Check check) {
        List<List<Edit>> groups = new ArrayList<>();
        taken.forEach(fix -> groups.add(fix.edits()));
        boolean[] chosen = EditSelection.choose(text, groups, t -> check.problem(parse(original, t)) == null,
                MAX_CHECKS);
        Set<List<Edit>> passing = new HashSet<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                passing.add(groups.get(i));
            }
        }
        List<Fix> out = new ArrayList<>();
        for (Fix fix : fixes) {
            if (passing.contains(fix.edits())) {
                out.add(fix);
            }
        }
        return out;
    }

    /** What every round's text must keep of the original: as few unreadable lines, and (safe runs) the readings. */
    private final class Check {
        private final int unreadable;
        private final Readings readings;

        Check(DotenvDocument original) {
            this.unreadable = unreadable(original);
            this.readings = unsafe ? null : Readings.of(original);
        }

        /** What is wrong with a round's result, or null. */
        String problem(DotenvDocument document) {
            if (unreadable(document) > unreadable) {
                return "some lines would no longer parse";
            }
            return readings == null ? null : readings.firstDifference(Readings.of(document));
        }
    }

    private List<Fix> applicable(List<Finding> findings) {
        List<Fix> fixes = new ArrayList<>();
        for (Finding finding : findings) {
            Fix fix = finding.fix();
            if (fix != null && (unsafe || fix.applicability() == Applicability.SAFE)) {
                fixes.add(fix);
            }
        }
        return fixes;
    }

    /** Lines the parser cannot read and quoted values without a closing quote. */
    static int unreadable(DotenvDocument document) {
        int count = 0;
        for (DotenvLine line : document.lines()) {
            if (line instanceof DotenvLine.Invalid
                    || (line instanceof DotenvLine.Entry && !((DotenvLine.Entry) line).value().terminated())) {
                count++;
            }
        }
        return count;
    }
}
