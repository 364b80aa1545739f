package dev.confguard.rules.pack;

import dev.confguard.isolation.ResourceExtractor;
import dev.confguard.isolation.ResourcePart;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.rules.WorkspaceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code kind: scheme}: URL schemes that must not appear ({@code http}, {@code ws} in a deployed environment). */
final class SchemeRule extends PackRule {
    private static final Map<String, String> SECURE = Map.of("http", "https", "ws", "wss", "ftp", "sftp");

    private final List<String> deny;

    private SchemeRule(Common common, List<String> deny) {
        super(common);
        this.deny = List.copyOf(deny);
    }

    static SchemeRule from(RuleSpec spec, Common common) {
        List<String> deny = spec.requireStrings("deny", "scheme");
        deny.replaceAll(s -> s.toLowerCase(Locale.ROOT));
        return new SchemeRule(common, deny);
    }

    @Override
    void checkConfig(ResolvedConfig config, WorkspaceContext context) {
        for (String key : where().keysOf(config)) {
            ResolvedValue v = config.values().get(key);
            if (Values.isUnset(v.value()) || !v.value().contains("://")) {
                continue;
            }
            for (ResourcePart part : ResourceExtractor.extract(key, v.value())) {
                String scheme = part.text().toLowerCase(Locale.ROOT);
                if (part.kind() == ResourcePart.Kind.SCHEME && deny.contains(scheme)) {
                    String secure = SECURE.get(scheme);
                    reportPart(context, config, context.within(v.origin(), v.value(), part.start(), part.end()), key,
                            scheme, key + " uses " + scheme + ":// in " + config.environment().name()
                                    + (secure == null ? "" : "; use " + secure + "://"), List.of(), null);
                    break;
                }
            }
        }
    }
}
