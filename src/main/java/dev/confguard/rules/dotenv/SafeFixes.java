package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.dotenv.dialect.Readings;
import dev.confguard.findings.Applicability;
import dev.confguard.findings.Edit;
import dev.confguard.findings.EditSelection;
import dev.confguard.findings.Fix;
import dev.confguard.rules.RuleContext;
import dev.confguard.source.SourceFile;
import dev.confguard.source.TextRange;
import dev.confguard.source.Utf8;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a rule's findings and offers each one's fix as safe only when it is, by the definition
 * itself: after the edits, python-dotenv, node's dotenv, dotenv-java and the common reading read the
 * same keys and values. It is checked by reading the edited text, not argued rule by rule, because
 * the loaders cut a file into statements differently: whitespace that the parser sees between two
 * statements can sit inside another loader's multi-line value ({@code A="x\" y} then {@code z"  } is
 * one value to dotenv-java only once the trailing spaces are gone). The check runs only when fixes
 * are wanted, and costs two extra readings of the file when all of a rule's fixes are safe.
 */
final class SafeFixes {
    private static final int MAX_READINGS = 40;

    private final DotenvDocument document;
    private final RuleContext context;
    private final List<Candidate> candidates = new ArrayList<>();

    private SafeFixes(DotenvDocument document, RuleContext context) {
        this.document = document;
        this.context = context;
    }

    /** Collects one rule's findings on {@code document}; {@link #report} reports them to {@code context}. */
    static SafeFixes in(DotenvDocument document, RuleContext context) {
        return new SafeFixes(document, context);
    }

    /**
     * A finding whose fix, {@code edits}, is offered only if it proves safe. When the run wants no fixes
     * (lint) the finding is reported at once, without one: no rule then holds every finding it makes
     * until its end (a million-line file has hundreds of thousands). A rule's findings are sorted
     * afterwards, and its findings never share a position and a message, so the order is the same.
     */
    void add(TextRange range, String message, String key, String fixDescription, Edit... edits) {
        if (!context.fixesWanted()) {
            context.report(range, message, key, null);
            return;
        }
        candidates.add(new Candidate(range, message, key, new Fix(fixDescription, Applicability.SAFE, List.of(edits))));
    }

    /** Reports the findings still held (all of them when fixes are wanted), in the order added, safe fixes attached. */
    void report() {
        boolean[] safe = new boolean[candidates.size()];
        if (!candidates.isEmpty() && context.fixesWanted()) {
            Readings before = Readings.of(document);
            List<List<Edit>> groups = new ArrayList<>();
            candidates.forEach(c -> groups.add(c.fix.edits()));
            safe = EditSelection.choose(document.text(), groups, text -> before.equals(readings(text)), MAX_READINGS);
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            context.report(c.range, c.message, c.key, safe[i] ? c.fix : null);
        }
    }

    private Readings readings(String text) {
        return Readings.of(DotenvParser.parse(SourceFile.of(null, document.source().displayPath(), Utf8.encode(text))));
    }

    private record Candidate(TextRange range, String message, String key, Fix fix) {
    }
}
