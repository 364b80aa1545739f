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

    /** A file this large has its rules run on two threads when the machine has two cores (issue 8). */
    static final int PARALLEL_CHARS = 1 << 20;

    /**
     * As {@link #lint(DotenvDocument)}, into a compact table (lint's many-findings path), sorted when it is
     * first read or by {@link FindingTable#sort()}. Fixes are never
     * kept; the file's directives drop what they suppress as it is reported, as filtering afterwards would.
     *
     * <p>A large file's rules run on two threads, each taking the next rule in turn: rules are stateless
     * and the document is only read. The table's order does not depend on it: findings are sorted by
     * line, column, rule and message, and only findings equal in all four (so of one rule, which one
     * thread runs) are left in the order they were reported.
     */
    FindingTable lintToTable(DotenvDocument document) {
        if (fixesWanted) {
            throw new IllegalStateException("a finding table holds no fixes");
        }
        SourceFile source = document.source();
        Suppressions suppressions = directives(document);
        FindingTable table = new FindingTable(source);
        Consumer<Finding> sink = new Consumer<>() {
            @Override
            public void accept(Finding finding) {
                if (!suppressions.suppresses(finding)) {
                    synchronized (table) {
                        table.add(finding);
                    }
                }
            }
        };
        RuleRun run = new RuleRun(document, sink);
        if (document.text().length() >= PARALLEL_CHARS && rules.size() > 1
                && Runtime.getRuntime().availableProcessors() > 1) {
            source.lineIndex(); // built once, before both threads look up positions
            Thread helper = new Thread(run, "confguard-rules");
            helper.setDaemon(true);
            helper.start();
            run.run();
            boolean interrupted = false;
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } else {
            run.run();
        }
        run.rethrow();
        // not sorted here: the caller sorts once it has let go of the document (a large file's statements
        // need not be held beside the sort's arrays); a table's view sorts it if no one did
        return table;
    }

    /**
     * Runs the rules, each once, on every thread that calls {@link #run}. A failing rule does not stop the
     * others, so the failure reported is that of the first rule in order, as a single thread reports it.
     */
    private final class RuleRun implements Runnable {
        private final DotenvDocument document;
        private final Consumer<Finding> sink;
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        private final RuntimeException[] failures = new RuntimeException[rules.size()];

        /** Rule indexes in the order they are taken: costly rules first, then the others, each in turn. */
        private final int[] queue = new int[rules.size()];

        RuleRun(DotenvDocument document, Consumer<Finding> sink) {
            this.document = document;
            this.sink = sink;
            int n = 0;
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < rules.size(); i++) {
                    if (rules.get(i).isCostly() == (pass == 0)) {
                        queue[n++] = i;
                    }
                }
            }
        }

        @Override
        public void run() {
            for (int taken = next.getAndIncrement(); taken < queue.length; taken = next.getAndIncrement()) {
                int i = queue[taken];
                DocumentRule rule = rules.get(i);
                RuleContext context = new RuleContext(document.source(), rule.meta(), selection.severity(rule.id()),
                        sink, knownRuleIds, false);
                try {
                    rule.check(document, context);
                } catch (RuntimeException e) {
                    synchronized (failures) {
                        failures[i] = new RuleFailure(rule.id(), document.source().displayPath(), e);
                    }
                }
            }
        }

        /** The failure of the first rule (in order) that failed, as running them in turn would report it. */
        void rethrow() {
            synchronized (failures) {
                for (RuntimeException failure : failures) {
                    if (failure != null) {
                        throw failure;
                    }
                }
            }
        }
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
