package dev.confguard.cli;

import dev.confguard.rules.Rule;
import dev.confguard.rules.RuleMeta;
import dev.confguard.rules.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code confguard rules}: the registry, one rule a line. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List every rule with its default severity, fixability and summary.")
final class RulesCommand implements Callable<Integer>, TerminalAware {
    private Terminal terminal;

    @Override
    public void setTerminal(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        int width = 0;
        for (Rule rule : RuleRegistry.builtin().all()) {
            width = Math.max(width, rule.id().length());
        }
        for (Rule rule : RuleRegistry.builtin().all()) {
            RuleMeta m = rule.meta();
            String flags = m.defaultSeverity().label() + (m.enabledByDefault() ? "" : ", off by default")
                    + (m.fixability() == dev.confguard.rules.Fixability.NONE ? "" : ", fix: " + m.fixability().label());
            terminal.out().printf("%-" + width + "s  %-9s %s%n", m.id(), "[" + m.defaultSeverity().label() + "]",
                    m.summary() + (flags.equals(m.defaultSeverity().label()) ? "" : " (" + flags + ")"));
        }
        terminal.out().flush();
        return 0;
    }
}
