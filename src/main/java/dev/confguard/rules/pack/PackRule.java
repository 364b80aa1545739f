package dev.confguard.rules.pack;

import dev.confguard.findings.Severity;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.rules.RuleDocs;
import dev.confguard.rules.RuleMeta;
import dev.confguard.rules.WorkspaceContext;
import dev.confguard.rules.WorkspaceRule;
import java.util.List;
import java.util.Map;

/**
 * A rule declared in a rule pack. It carries its doc (from the pack), its scope and an optional
 * message template; subclasses, one per kind, check one configuration at a time unless they need them
 * all. Rules are built once per run from the pack and its options, and are stateless.
 */
public abstract class PackRule implements WorkspaceRule, RuleDocs.Documented {
    private final Common common;

    PackRule(Common common) {
        this.common = common;
    }

    /** What every kind shares: metadata, doc, scope, message template, per-environment severities, pack. */
    record Common(RuleMeta meta, PackDoc doc, Scope where, String message, Map<String, Severity> environmentSeverity,
                  String pack, String kind) {
    }

    @Override
    public RuleMeta meta() {
        return common.meta();
    }

    public PackDoc doc() {
        return common.doc();
    }

    @Override
    public String docMarkdown() {
        return common.doc().markdown();
    }

    /** The pack the rule comes from ({@code builtin:netra} or a file path). */
    public String pack() {
        return common.pack();
    }

    /** The rule's kind as the pack writes it ({@code same-value}). */
    public String kind() {
        return common.kind();
    }

    Scope where() {
        return common.where();
    }

    @Override
    public void check(List<ResolvedConfig> all, WorkspaceContext context) {
        for (ResolvedConfig config : all) {
            if (where().appliesTo(config)) {
                checkConfig(config, context);
            }
        }
    }

    /**
     * True for the kinds that check one configuration at a time; kinds that compare configurations
     * override {@link #check} and must answer false ({@code PackRuleKindsTest} holds every kind to it).
     */
    @Override
    public boolean judgesEachConfigurationAlone() {
        return true;
    }

    /** Checks one (service, environment) in scope; kinds that compare configurations override {@link #check}. */
    void checkConfig(ResolvedConfig config, WorkspaceContext context) {
    }

    /**
     * The pack's message for this finding when it wrote one ({key}, {service}, {environment} and
     * {part}, the part of the value concerned, filled in), else ours.
     */
    String message(String ours, ResolvedConfig config, String key, String part) {
        if (common.message() == null) {
            return ours;
        }
        return common.message().replace("{key}", key == null ? "" : key)
                .replace("{service}", config.service().name())
                .replace("{environment}", config.environment().name())
                .replace("{part}", part == null ? "" : part);
    }

    void report(WorkspaceContext context, ResolvedConfig config, ValueOrigin at, String key, String ours,
                List<ValueOrigin> related) {
        report(context, config, at, key, ours, related, null);
    }

    void report(WorkspaceContext context, ResolvedConfig config, ValueOrigin at, String key, String ours,
                List<ValueOrigin> related, Severity preferred) {
        reportPart(context, config, at, key, null, ours, related, preferred);
    }

    /** A finding about one part of a value ({@code part} fills the message template's {part}). */
    void reportPart(WorkspaceContext context, ResolvedConfig config, ValueOrigin at, String key, String part,
                    String ours, List<ValueOrigin> related, Severity preferred) {
        reportPart(context, config, at, key, part, ours, related, preferred, Map.of());
    }

    /** As {@link #reportPart}, with machine-readable {@code details} for the JSON report. */
    void reportPart(WorkspaceContext context, ResolvedConfig config, ValueOrigin at, String key, String part,
                    String ours, List<ValueOrigin> related, Severity preferred, Map<String, String> details) {
        Severity level = preferred != null ? preferred : common.environmentSeverity().get(config.environment().name());
        context.report(config, at, key, message(ours, config, key, part), related, level, details);
    }

    /** The environment and service, for messages: "netra_backend in production". */
    static String pair(ResolvedConfig config) {
        return config.service().name() + " in " + config.environment().name();
    }
}
