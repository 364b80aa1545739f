package dev.confguard.cli;

import dev.confguard.rules.Rule;
import dev.confguard.rules.RuleMeta;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.pack.PackOption;
import dev.confguard.rules.pack.PackRule;
import dev.confguard.rules.pack.PackSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code confguard rules}: the registry, one rule a line: the Java rules, then every builtin pack's. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List every rule (those of the builtin rule packs included) with its default severity, "
                + "fixability and summary.")
final class RulesCommand extends TerminalCommand {
    @Option(names = "--rules", paramLabel = "PACK",
            description = "List these rule packs' rules too: a pack file, or builtin:NAME (repeatable).")
    List<String> packs = new ArrayList<>();

    @Option(names = "--options", description = "List the options of the rule packs instead, with their choices.")
    boolean options;

    @Override
    public Integer call() {
        return WorkspaceErrors.guard(terminal, () -> {
            PackSet extra = packs.isEmpty() ? null : PackSet.resolve(packs, terminal.cwd(), Map.of(),
                    CliPacks.problems("--rules", packs), terminal.cwd());
            if (options) {
                printOptions(extra);
                return 0;
            }
            RuleRegistry registry = PackSet.catalogRegistry();
            if (extra != null) {
                List<Rule> more = new ArrayList<>();
                for (PackRule r : extra.rules()) {
                    if (registry.find(r.id()) == null) {
                        more.add(r);
                    }
                }
                registry = registry.with(more);
            }
            int width = 0;
            for (Rule rule : registry.all()) {
                width = Math.max(width, rule.id().length());
            }
            for (Rule rule : registry.all()) {
                RuleMeta m = rule.meta();
                String flags = m.defaultSeverity().label() + (m.enabledByDefault() ? "" : ", off by default")
                        + (m.fixability() == dev.confguard.rules.Fixability.NONE ? "" : ", fix: " + m.fixability().label());
                String pack = rule instanceof PackRule ? " [" + ((PackRule) rule).pack() + "]" : "";
                terminal.out().printf("%-" + width + "s  %-9s %s%n", m.id(), "[" + m.defaultSeverity().label() + "]",
                        m.summary() + (flags.equals(m.defaultSeverity().label()) ? "" : " (" + flags + ")") + pack);
            }
            terminal.out().flush();
            return 0;
        });
    }

    private void printOptions(PackSet extra) {
        List<Map<PackOption, String>> all = new ArrayList<>();
        all.add(PackSet.catalog().options());
        if (extra != null) {
            all.add(extra.options());
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Map<PackOption, String> options : all) {
            for (PackOption o : options.keySet()) {
                if (!shown.add(o.qualifiedName())) {
                    continue;
                }
                terminal.out().println(o.qualifiedName() + ": " + String.join(" | ", o.choices()) + " (default: "
                        + o.defaultChoice() + ")");
                if (o.description() != null) {
                    terminal.out().println("    " + o.description().strip().replace("\n", "\n    "));
                }
            }
        }
        terminal.out().flush();
    }
}
