package dev.confguard.rules.pack;

import dev.confguard.findings.Severity;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.rules.WorkspaceContext;
import dev.confguard.secrets.PlaintextDetection;
import dev.confguard.secrets.PlaintextDetector;
import dev.confguard.secrets.SecretShape;
import dev.confguard.secrets.SecretShapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code kind: plaintext-secret}: a literal credential where a reference is expected, found by
 * {@link PlaintextDetector}: a shape of {@code shapes}, a password in a URL, a secret-looking key name,
 * a random-looking token. Which environments may hold literals is the workspace's
 * ({@code secrets.literals}; default: those not deployed): there, only shapes marked
 * {@code everywhere} are reported, at warning. {@code nonSecretKeys} (globs) are keys whose values are
 * not secrets by design. The message names the detector and the length, never the value.
 */
final class PlaintextSecretRule extends PackRule implements dev.confguard.rules.SecretSpanRule {
    private final PlaintextDetector detector;
    private final List<String> nonSecretKeys;
    /** Whether a key is in nonSecretKeys: keys repeat across every configuration of a run. */
    private final Map<String, Boolean> nonSecret = new ConcurrentHashMap<>();

    private PlaintextSecretRule(Common common, List<SecretShape> shapes, List<String> nonSecretKeys) {
        super(common);
        this.nonSecretKeys = List.copyOf(nonSecretKeys);
        this.detector = new PlaintextDetector(new SecretShapes(shapes), this::isNonSecretKey);
    }

    static PlaintextSecretRule from(RuleSpec spec, Common common) {
        List<SecretShape> shapes = new ArrayList<>();
        List<?> given = spec.list("shapes");
        for (int i = 0; i < given.size(); i++) {
            SecretShape shape = shape(spec, given.get(i), spec.pointerOf("shapes") + "/" + i, i);
            if (shape != null) {
                shapes.add(shape);
            }
        }
        return new PlaintextSecretRule(common, shapes, spec.strings("nonSecretKeys"));
    }

    /** A shape as {@code {name, label, pattern, everywhere}}, or a bare pattern (the older form, named shape-N). */
    private static SecretShape shape(RuleSpec spec, Object item, String at, int index) {
        if (item instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) item;
            String pattern = m.get("pattern") == null ? null : RuleSpec.scalar(m.get("pattern"));
            if (pattern == null || spec.regex(pattern, at + "/pattern") == null) {
                return null;
            }
            String name = m.get("name") == null ? "shape-" + (index + 1) : RuleSpec.scalar(m.get("name"));
            String label = m.get("label") == null ? null : RuleSpec.scalar(m.get("label"));
            return new SecretShape(name, label, pattern, Boolean.TRUE.equals(m.get("everywhere")));
        }
        if (item == null || item instanceof List) {
            return null;
        }
        String pattern = RuleSpec.scalar(item);
        return spec.regex(pattern, at) == null ? null
                : new SecretShape("shape-" + (index + 1), "credential shape", pattern, false);
    }

    /** The detector as this rule's pack configures it. */
    PlaintextDetector detector() {
        return detector;
    }

    private boolean isNonSecretKey(String key) {
        Boolean known = nonSecret.get(key); // a plain lookup first: no lambda to allocate
        return known != null ? known : nonSecret.computeIfAbsent(key, k -> {
            String name = k.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            return Globs.anyIgnoreCase(nonSecretKeys, name);
        });
    }

    @Override
    void checkConfig(ResolvedConfig config, WorkspaceContext context) {
        boolean literalsAllowed = context.workspace().secrets().allowsLiterals(config.environment());
        for (String key : where().keysOf(config)) {
            ResolvedValue v = config.values().get(key);
            String value = v.value();
            if (Values.isUnset(value) || Values.isSecretReference(value) || v.rawValue() != null
                    && v.rawValue().strip().startsWith("${")) {
                continue;
            }
            PlaintextDetection found = detector.detect(key, value, literalsAllowed);
            if (found == null) {
                continue;
            }
            int length = value.codePointCount(found.start(), found.end());
            Map<String, String> details = new LinkedHashMap<>();
            details.put("detector", found.detector());
            details.put("length", String.valueOf(length));
            reportPart(context, config, context.within(v.origin(), value, found.start(), found.end()), key, null,
                    message(key, found, length, config.environment().name(), literalsAllowed), List.of(),
                    literalsAllowed ? Severity.WARNING : null, details);
        }
    }

    /** What was found and what to do, with the detector and the length: never the value. */
    private static String message(String key, PlaintextDetection found, int length, String environment,
                                  boolean literalsAllowed) {
        if (literalsAllowed) {
            return key + " holds a live credential (" + found.shape().label() + ", " + length + " characters) in "
                    + environment + ", whose files may hold literals; a committed credential works from anywhere:"
                    + " revoke it, and keep its replacement in the secret store or in an uncommitted file";
        }
        String what;
        switch (found.kind()) {
            case SHAPE:
                what = " holds a literal secret (" + found.shape().label() + ", " + length + " characters)";
                break;
            case URL_PASSWORD:
                what = " has a literal password in its URL (" + length + " characters)";
                break;
            case KEY_NAME:
                what = " holds a literal secret (" + length + " characters)";
                break;
            default:
                what = " holds a literal that looks like a generated secret (high-entropy token, " + length
                        + " characters)";
                break;
        }
        return key + what + " in " + environment + "; reference it from Secret Manager (sm://PROJECT/SECRET#VERSION) or"
                + " leave it empty to be filled at deploy time";
    }
}
