package dev.confguard.cli;

import dev.confguard.errors.Spelling;
import dev.confguard.errors.UsageException;
import dev.confguard.rules.Rule;
import dev.confguard.rules.RuleDocs;
import dev.confguard.rules.RuleMeta;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.pack.PackRule;
import dev.confguard.rules.pack.PackSet;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code confguard explain RULE}: one rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the documentation of one rule.")
final class ExplainCommand extends TerminalCommand {
    @Parameters(paramLabel = "RULE", description = "A rule id, as listed by 'confguard rules'.")
    String ruleId;

    @Option(names = "--rules", paramLabel = "PACK",
            description = "Look in these rule packs too: a pack file, or builtin:NAME (repeatable).")
    List<String> packs = new ArrayList<>();

    @Override
    public Integer call() {
        return WorkspaceErrors.guard(terminal, this::explain);
    }

    private int explain() {
        RuleRegistry registry = PackSet.catalogRegistry();
        if (!packs.isEmpty()) {
            List<Rule> more = new ArrayList<>();
            for (PackRule r : PackSet.resolve(packs, terminal.cwd(), java.util.Map.of(),
                    CliPacks.problems("--rules", packs), terminal.cwd()).rules()) {
                if (registry.find(r.id()) == null) {
                    more.add(r);
                }
            }
            registry = registry.with(more);
        }
        Rule rule = registry.find(ruleId);
        if (rule == null) {
            throw new UsageException("unknown rule '" + ruleId + "'" + Spelling.suggestion(ruleId, registry.ids())
                    + " (see 'confguard rules')");
        }
        RuleMeta m = rule.meta();
        terminal.out().println("# " + m.id());
        terminal.out().println();
        terminal.out().println(m.summary() + ".");
        terminal.out().println();
        terminal.out().println("Default severity: " + m.defaultSeverity().label()
                + (m.enabledByDefault() ? "" : " (off by default; turn it on with --select " + m.id() + ")")
                + ". Fix: " + m.fixability().label() + "."
                + (rule instanceof PackRule ? " Rule pack: " + ((PackRule) rule).pack() + " (kind: "
                        + ((PackRule) rule).kind() + ")." : ""));
        String doc = RuleDocs.of(rule);
        if (doc != null) {
            terminal.out().println();
            terminal.out().print(doc.endsWith("\n") ? doc : doc + "\n");
        }
        terminal.out().flush();
        return 0;
    }
}
