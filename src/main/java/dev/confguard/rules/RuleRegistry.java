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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one list of rules. {@code --select}/{@code --ignore}, inline directives, {@code confguard rules},
 * {@code confguard explain} and the generated docs all read it, so a rule's name exists once.
 */
public final class RuleRegistry {
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
            new UnorderedKeyRule(),
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
            new dev.confguard.rules.secrets.NoEnabledVersionRule()));

    private final Map<String, Rule> byId;

    private RuleRegistry(List<Rule> rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (map.put(rule.id(), rule) != null) {
                throw new IllegalStateException("duplicate rule id " + rule.id());
            }
        }
        this.byId = map;
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
        List<Rule> all = new java.util.ArrayList<>(byId.values());
        all.addAll(more);
        return new RuleRegistry(all);
    }

    /** Whether some rule has this id or the selector names its category. */
    public boolean knowsSelector(String selector) {
        for (String id : byId.keySet()) {
            if (id.equals(selector) || isPrefixOf(selector, id)) {
                return true;
            }
        }
        return false;
    }

    public List<Rule> all() {
        return List.copyOf(byId.values());
    }

    public Rule find(String id) {
        return byId.get(id);
    }

    public Set<String> ids() {
        return new LinkedHashSet<>(byId.keySet());
    }

    /** Rule ids plus the category prefixes they start with ({@code dotenv}). */
    public Set<String> selectors() {
        Set<String> out = new LinkedHashSet<>();
        for (String id : byId.keySet()) {
            int slash = id.indexOf('/');
            if (slash > 0) {
                out.add(id.substring(0, slash));
            }
        }
        out.addAll(byId.keySet());
        return out;
    }

    /** Throws a usage error naming the closest rule when the selector matches nothing. */
    public void requireSelector(String selector) {
        for (String id : byId.keySet()) {
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
