package dev.confguard.cli;

import dev.confguard.errors.Spelling;
import dev.confguard.errors.UsageException;
import dev.confguard.rules.Rule;
import dev.confguard.rules.RuleDocs;
import dev.confguard.rules.RuleMeta;
import dev.confguard.rules.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code confguard explain RULE}: one rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the documentation of one rule.")
final class ExplainCommand implements Callable<Integer>, TerminalAware {
    @Parameters(paramLabel = "RULE", description = "A rule id, as listed by 'confguard rules'.")
    String ruleId;

    private Terminal terminal;

    @Override
    public void setTerminal(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        RuleRegistry registry = RuleRegistry.builtin();
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
                + ". Fix: " + m.fixability().label() + ".");
        String doc = RuleDocs.load(m.id());
        if (doc != null) {
            terminal.out().println();
            terminal.out().print(doc.endsWith("\n") ? doc : doc + "\n");
        }
        terminal.out().flush();
        return 0;
    }
}
