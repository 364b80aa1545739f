package dev.confguard.rules.pack;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.rules.WorkspaceContext;
import dev.confguard.secrets.SecretKeyNames;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: plaintext-secret}: a literal credential where a reference is expected. A key whose name
 * says it holds a secret must be empty (filled at deploy time) or a Secret Manager reference; in a URL
 * only the password counts; and a value of any key shaped like a known credential ({@code shapes}, RE2
 * patterns) is one too. The message gives the length, never the value.
 */
final class PlaintextSecretRule extends PackRule implements dev.confguard.rules.SecretSpanRule {
    /** Every shape in one alternation: one linear RE2 pass per value. */
    private final Pattern shapes;

    private PlaintextSecretRule(Common common, Pattern shapes) {
        super(common);
        this.shapes = shapes;
    }

    static PlaintextSecretRule from(RuleSpec spec, Common common) {
        List<String> valid = new ArrayList<>();
        List<String> given = spec.strings("shapes");
        for (int i = 0; i < given.size(); i++) {
            if (spec.regex(given.get(i), spec.pointerOf("shapes") + "/" + i) != null) {
                valid.add(given.get(i));
            }
        }
        return new PlaintextSecretRule(common, Patterns.anyOf(valid));
    }

    @Override
    public void check(List<ResolvedConfig> all, WorkspaceContext context) {
        java.util.Map<String, Boolean> secretNames = new java.util.HashMap<>();
        for (ResolvedConfig config : all) {
            if (where().appliesTo(config)) {
                check(config, context, secretNames);
            }
        }
    }

    private void check(ResolvedConfig config, WorkspaceContext context, java.util.Map<String, Boolean> secretNames) {
        for (String key : where().keysOf(config)) {
            ResolvedValue v = config.values().get(key);
            String value = v.value();
            if (Values.isUnset(value) || Values.isSecretReference(value) || v.rawValue() != null
                    && v.rawValue().strip().startsWith("${")) {
                continue;
            }
            int[] span = null;
            int[] password = Values.urlPassword(value);
            if (password != null) {
                span = password;
            } else if (secretNames.computeIfAbsent(key, SecretKeyNames::looksSecret) && !value.contains("://")) {
                span = new int[] {0, value.length()};
            } else if (shapes != null) {
                Matcher m = shapes.matcher(value);
                if (m.find()) {
                    span = new int[] {m.start(), m.end()};
                }
            }
            if (span == null) {
                continue;
            }
            int length = value.codePointCount(span[0], span[1]);
            reportPart(context, config, context.within(v.origin(), value, span[0], span[1]), key, null,
                    key + (password != null ? " has a literal password in its URL" : " holds a literal secret")
                            + " (" + length + " characters) in " + config.environment().name()
                            + "; reference it from Secret Manager (sm://PROJECT/SECRET) or leave it empty to be filled"
                            + " at deploy time", List.of(), null);
        }
    }
}
