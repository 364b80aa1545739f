package dev.confguard.rules;

import dev.confguard.errors.Spelling;
import dev.confguard.errors.UsageException;
import dev.confguard.rules.dotenv.ByteOrderMarkRule;
import dev.confguard.rules.dotenv.ControlCharacterRule;
import dev.confguard.rules.dotenv.DialectDivergenceRule;
import dev.confguard.rules.dotenv.DuplicateKeyRule;
import dev.confguard.rules.dotenv.ExportPrefixRule;
import dev.confguard.rules.dotenv.ExtraBlankLineRule;
import dev.confguard.rules.dotenv.IncorrectDelimiterRule;
import dev.confguard.rules.dotenv.InvalidDirectiveRule;
import dev.confguard.rules.dotenv.InvalidEncodingRule;
import dev.confguard.rules.dotenv.InvalidKeyRule;
import dev.confguard.rules.dotenv.KeyWithoutValueRule;
import dev.confguard.rules.dotenv.LeadingCharacterRule;
import dev.confguard.rules.dotenv.LiteralNewlineEscapeRule;
import dev.confguard.rules.dotenv.LowercaseKeyRule;
import dev.confguard.rules.dotenv.MissingFinalNewlineRule;
import dev.confguard.rules.dotenv.MixedLineEndingsRule;
import dev.confguard.rules.dotenv.QuoteCharacterRule;
import dev.confguard.rules.dotenv.QuotedValueWhitespaceRule;
import dev.confguard.rules.dotenv.SpaceCharacterRule;
import dev.confguard.rules.dotenv.SubstitutionKeyRule;
import dev.confguard.rules.dotenv.SyntaxErrorRule;
import dev.confguard.rules.dotenv.TrailingWhitespaceRule;
import dev.confguard.rules.dotenv.UnorderedKeyRule;
import dev.confguard.rules.dotenv.UnterminatedQuoteRule;
import dev.confguard.rules.dotenv.ValueWithoutQuotesRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one list of rules. {@code --select}/{@code --ignore}, inline directives, {@code confguard rules},
 * {@code confguard explain} and the generated docs all read it, so a rule's name exists once.
 *
 * <p>The builtin registry makes its {@code .env} file rules when it loads, and the others (YAML,
 * resolution, schemas, secrets) only when something asks for the rules themselves ({@link #all},
 * {@link #find}, {@link #with}): {@code lint}, the pre-commit path, needs their ids (to check
 * selectors and directives) but never the rules, so it does not load them.
 */
public final class RuleRegistry {
    /**
     * The ids of the builtin rules made on demand, in registration order, so the registry knows them
     * before making them. {@link #workspaceRules()} must make exactly these; it checks when it runs.
     */
    private static final List<String> WORKSPACE_RULE_IDS = List.of(
            "yaml/syntax-error", "yaml/duplicate-key", "yaml/implicit-type",
            "resolve/undefined-variable", "resolve/interpolation-cycle", "resolve/invalid-reference",
            "resolve/value-too-large", "resolve/missing-layer",
            "schema/invalid-value", "schema/missing-required", "schema/coercion", "schema/unknown-key",
            "secrets/malformed-reference", "secrets/ambiguous-reference", "secrets/cross-environment-reference",
            "secrets/unverifiable-reference", "secrets/missing-secret", "secrets/missing-version",
            "secrets/disabled-version", "secrets/no-enabled-version");

    private static final RuleRegistry BUILTIN = new RuleRegistry(List.of(
            // syntax and encoding: the file does not mean what it seems to
            new SyntaxErrorRule(),
            new UnterminatedQuoteRule(),
            new InvalidEncodingRule(),
            new ControlCharacterRule(),
            new InvalidKeyRule(),
            new DuplicateKeyRule(),
            new QuotedValueWhitespaceRule(),
            new InvalidDirectiveRule(),
            // portability between loaders
            new ExportPrefixRule(),
            new ByteOrderMarkRule(),
            new LiteralNewlineEscapeRule(),
            new KeyWithoutValueRule(),
            new SubstitutionKeyRule(),
            new DialectDivergenceRule(),
            // style (dotenv-linter's checks)
            new IncorrectDelimiterRule(),
            new LeadingCharacterRule(),
            new LowercaseKeyRule(),
            new SpaceCharacterRule(),
            new ValueWithoutQuotesRule(),
            new QuoteCharacterRule(),
            new TrailingWhitespaceRule(),
            new ExtraBlankLineRule(),
            new MissingFinalNewlineRule(),
            new MixedLineEndingsRule(),
            new UnorderedKeyRule()), WORKSPACE_RULE_IDS);

    /** The builtin rules that read more than one {@code .env} file, in the order of {@link #WORKSPACE_RULE_IDS}. */
    private static List<Rule> workspaceRules() {
        return List.of(
                // YAML and JSON config layers
                new dev.confguard.rules.yaml.SyntaxErrorRule(),
                new dev.confguard.rules.yaml.DuplicateKeyRule(),
                new dev.confguard.rules.yaml.ImplicitTypeRule(),
                // resolution of each (service, environment)
                new dev.confguard.rules.resolve.UndefinedVariableRule(),
                new dev.confguard.rules.resolve.InterpolationCycleRule(),
                new dev.confguard.rules.resolve.InvalidReferenceRule(),
                new dev.confguard.rules.resolve.ValueTooLargeRule(),
                new dev.confguard.rules.resolve.MissingLayerRule(),
                // each (service, environment) against its service's JSON Schema
                new dev.confguard.rules.schema.InvalidValueRule(),
                new dev.confguard.rules.schema.MissingRequiredRule(),
                new dev.confguard.rules.schema.CoercionRule(),
                new dev.confguard.rules.schema.UnknownKeyRule(),

                new dev.confguard.rules.secrets.MalformedReferenceRule(),
                new dev.confguard.rules.secrets.AmbiguousReferenceRule(),
                new dev.confguard.rules.secrets.CrossEnvironmentReferenceRule(),
                new dev.confguard.rules.secrets.UnverifiableReferenceRule(),
                new dev.confguard.rules.secrets.MissingSecretRule(),
                new dev.confguard.rules.secrets.MissingVersionRule(),
                new dev.confguard.rules.secrets.DisabledVersionRule(),
                new dev.confguard.rules.secrets.NoEnabledVersionRule());
    }

    /** Every rule id, in registration order. */
    private final List<String> ids;
    /** The rules made so far, in registration order; all of them once {@code later} is empty. Never modified. */
    private volatile Map<String, Rule> byId;
    /** Ids known but not made yet (only the builtin registry has any): see {@link #workspaceRules()}. */
    private volatile List<String> later;

    private RuleRegistry(List<Rule> rules) {
        this(rules, List.of());
    }

    private RuleRegistry(List<Rule> rules, List<String> later) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (map.put(rule.id(), rule) != null) {
                throw new IllegalStateException("duplicate rule id " + rule.id());
            }
        }
        List<String> all = new ArrayList<>(map.keySet());
        for (String id : later) {
            if (map.containsKey(id) || all.contains(id)) {
                throw new IllegalStateException("duplicate rule id " + id);
            }
            all.add(id);
        }
        this.ids = List.copyOf(all);
        this.byId = map;
        this.later = later;
    }

    /** Every rule, made on first use: the builtin registry makes its workspace rules here. */
    private Map<String, Rule> rules() {
        if (!later.isEmpty()) {
            synchronized (this) {
                if (!later.isEmpty()) {
                    Map<String, Rule> all = new LinkedHashMap<>(byId);
                    List<String> made = new ArrayList<>();
                    for (Rule rule : workspaceRules()) {
                        if (rule instanceof DocumentRule) {
                            // documentRules() relies on it: lint must not need a rule it has not made
                            throw new IllegalStateException(rule.id() + " reads .env files: make it with the others");
                        }
                        made.add(rule.id());
                        all.put(rule.id(), rule);
                    }
                    if (!made.equals(later)) {
                        throw new IllegalStateException("RuleRegistry.WORKSPACE_RULE_IDS is out of date: " + made);
                    }
                    byId = all;
                    later = List.of();
                }
            }
        }
        return byId;
    }

    /** The rules written in Java; rule packs add theirs with {@link #with}. */
    public static RuleRegistry builtin() {
        return BUILTIN;
    }

    /** This registry plus {@code more} (the rules of the rule packs in effect); ids must stay unique. */
    public RuleRegistry with(List<? extends Rule> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Rule> all = new ArrayList<>(rules().values());
        all.addAll(more);
        return new RuleRegistry(all);
    }

    /** Whether some rule has this id or the selector names its category. */
    public boolean knowsSelector(String selector) {
        for (String id : ids) {
            if (id.equals(selector) || isPrefixOf(selector, id)) {
                return true;
            }
        }
        return false;
    }

    public List<Rule> all() {
        return List.copyOf(rules().values());
    }

    /**
     * The rules that read one {@code .env} file ({@link DocumentRule}s), in registration order: what
     * lint runs. Never makes the builtin workspace rules, none of which is one.
     */
    public List<Rule> documentRules() {
        List<Rule> out = new ArrayList<>();
        for (Rule rule : byId.values()) {
            if (rule instanceof DocumentRule) {
                out.add(rule);
            }
        }
        return out;
    }

    public Rule find(String id) {
        Rule rule = byId.get(id);
        return rule != null ? rule : rules().get(id);
    }

    public Set<String> ids() {
        return new LinkedHashSet<>(ids);
    }

    /** Rule ids plus the category prefixes they start with ({@code dotenv}). */
    public Set<String> selectors() {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            int slash = id.indexOf('/');
            if (slash > 0) {
                out.add(id.substring(0, slash));
            }
        }
        out.addAll(ids);
        return out;
    }

    /** Throws a usage error naming the closest rule when the selector matches nothing. */
    public void requireSelector(String selector) {
        for (String id : ids) {
            if (id.equals(selector) || isPrefixOf(selector, id)) {
                return;
            }
        }
        throw new UsageException("unknown rule '" + selector + "'" + Spelling.suggestion(selector, selectors())
                + " (see 'confguard rules')");
    }

    static boolean isPrefixOf(String selector, String id) {
        String prefix = selector.endsWith("/") ? selector : selector + "/";
        return id.startsWith(prefix);
    }
}
