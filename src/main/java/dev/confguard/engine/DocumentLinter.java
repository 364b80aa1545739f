package dev.confguard.engine;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.findings.Directive;
import dev.confguard.findings.DirectiveParser;
import dev.confguard.findings.Finding;
import dev.confguard.findings.Suppressions;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleSelection;
import dev.confguard.source.Position;
import dev.confguard.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Runs the selected file rules over one {@code .env} file and applies its inline directives. */
public final class DocumentLinter {
    private final List<DocumentRule> rules;
    private final RuleSelection selection;
    private final Set<String> knownRuleIds;
    private final boolean fixesWanted;

    public DocumentLinter(RuleSelection selection, Set<String> knownRuleIds) {
        this(selection, knownRuleIds, false);
    }

    private DocumentLinter(RuleSelection selection, Set<String> knownRuleIds, boolean fixesWanted) {
        this.selection = selection;
        this.rules = selection.rules(DocumentRule.class);
        this.knownRuleIds = knownRuleIds instanceof dev.confguard.rules.pack.KnownRuleIds ? knownRuleIds
                : Set.copyOf(knownRuleIds);
        this.fixesWanted = fixesWanted;
    }

    /** The same linter, but its findings carry the fixes rules propose (which lint does not need). */
    public DocumentLinter withFixes() {
        return new DocumentLinter(selection, knownRuleIds, true);
    }

    public List<Finding> lint(DotenvDocument document) {
        SourceFile source = document.source();
        List<Finding> reported = new ArrayList<>();
        // a class rather than reported::add: no invokedynamic bootstrap on lint's start-up path
        Consumer<Finding> sink = new Consumer<>() {
            @Override
            public void accept(Finding finding) {
                reported.add(finding);
            }
        };
        for (DocumentRule rule : rules) {
            RuleContext context = new RuleContext(source, rule.meta(), selection.severity(rule.id()), sink,
                    knownRuleIds, fixesWanted);
            try {
                rule.check(document, context);
            } catch (RuntimeException e) {
                throw new RuleFailure(rule.id(), source.displayPath(), e);
            }
        }
        List<Finding> findings = directives(document).filter(reported);
        findings.sort(Finding.ORDER);
        return findings;
    }

    /**
     * As {@link #lint(DotenvDocument)}, into a compact table (lint's many-findings path). Fixes are never
     * kept; the file's directives drop what they suppress as it is reported, as filtering afterwards would.
     */
    FindingTable lintToTable(DotenvDocument document) {
        if (fixesWanted) {
            throw new IllegalStateException("a finding table holds no fixes");
        }
        SourceFile source = document.source();
        Suppressions suppressions = directives(document);
        FindingTable table = new FindingTable(source.displayPath());
        Consumer<Finding> sink = new Consumer<>() {
            @Override
            public void accept(Finding finding) {
                if (!suppressions.suppresses(finding)) {
                    table.add(finding);
                }
            }
        };
        for (DocumentRule rule : rules) {
            RuleContext context = new RuleContext(source, rule.meta(), selection.severity(rule.id()), sink,
                    knownRuleIds, false);
            try {
                rule.check(document, context);
            } catch (RuntimeException e) {
                throw new RuleFailure(rule.id(), source.displayPath(), e);
            }
        }
        table.sort();
        return table;
    }

    public List<Finding> lint(SourceFile source) {
        return lint(DotenvParser.parse(source));
    }

    static Suppressions directives(DotenvDocument document) {
        List<Directive> directives = null;
        String text = document.text();
        List<DotenvLine> lines = document.lines();
        for (int i = 0; i < lines.size(); i++) {
            DotenvLine line = lines.get(i);
            if (line instanceof DotenvLine.Comment) {
                DotenvLine.Comment comment = (DotenvLine.Comment) line;
                String body = comment.comment().slice(text);
                if (!body.contains("confguard-")) {
                    continue;
                }
                Position at = document.source().position(comment.comment().start());
                Directive d = DirectiveParser.parse(body, at.line(), at.column());
                if (d != null && d.kind() == Directive.Kind.DISABLE_NEXT_LINE && i + 1 < lines.size()) {
                    DotenvLine next = lines.get(i + 1);
                    d = d.coveringThrough(document.source().position(next.lineEnding().start()).line());
                }
                if (d != null) {
                    if (directives == null) {
                        directives = new ArrayList<>();
                    }
                    directives.add(d);
                }
            }
        }
        return directives == null ? Suppressions.none() : new Suppressions(directives);
    }
}
