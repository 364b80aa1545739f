package dev.confguard.rules.pack;

import dev.confguard.findings.Severity;
import dev.confguard.isolation.ResourceExtractor;
import dev.confguard.isolation.ResourcePart;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.rules.WorkspaceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code kind: deprecated}: keys (globs) and secret ids with their replacement and removal version. A
 * deprecated name that is still accepted is a warning; one that was removed ({@code accepted: false})
 * is an error, because services no longer read it.
 */
final class DeprecatedRule extends PackRule {
    private final List<Entry> entries;

    record Entry(String key, String secretId, String replacement, String removedIn, boolean accepted, String note) {
    }

    private DeprecatedRule(Common common, List<Entry> entries) {
        super(common);
        this.entries = List.copyOf(entries);
    }

    static DeprecatedRule from(RuleSpec spec, Common common) {
        List<Entry> entries = new ArrayList<>();
        List<?> raw = spec.list("entries");
        for (int i = 0; i < raw.size(); i++) {
            if (!(raw.get(i) instanceof Map)) {
                continue;
            }
            Map<?, ?> e = (Map<?, ?>) raw.get(i);
            String key = e.get("key") == null ? null : String.valueOf(e.get("key"));
            String secret = e.get("secretId") == null ? null : String.valueOf(e.get("secretId"));
            if ((key == null) == (secret == null)) {
                spec.fail(spec.pointerOf("entries") + "/" + i, "a deprecation names either a 'key' or a 'secretId'");
                continue;
            }
            entries.add(new Entry(key, secret, e.get("replacement") == null ? null : String.valueOf(e.get("replacement")),
                    e.get("removedIn") == null ? null : String.valueOf(e.get("removedIn")),
                    !Boolean.FALSE.equals(e.get("accepted")), e.get("note") == null ? null : String.valueOf(e.get("note"))));
        }
        if (entries.isEmpty() && !spec.failed()) {
            spec.fail(spec.pointer(), "a deprecated rule needs a non-empty 'entries' list");
        }
        return new DeprecatedRule(common, entries);
    }

    @Override
    void checkConfig(ResolvedConfig config, WorkspaceContext context) {
        for (String key : where().keysOf(config)) {
            ResolvedValue v = config.values().get(key);
            for (Entry e : entries) {
                if (e.key() != null && Globs.matches(Scope.expand(e.key(), config.environment()), v.key())) {
                    report(context, config, context.keyOf(v.origin(), v.key()), v.key(),
                            describe(v.key(), e), List.of(), e.accepted() ? Severity.WARNING : Severity.ERROR);
                    break;
                }
            }
            if (Values.isUnset(v.value()) || !mayNameADeprecatedSecret(v.value())) {
                continue;
            }
            for (ResourcePart p : ResourceExtractor.extract(v.key(), v.value())) {
                if (p.kind() != ResourcePart.Kind.SECRET_ID) {
                    continue;
                }
                for (Entry e : entries) {
                    if (e.secretId() != null && Globs.matches(e.secretId(), p.text())) {
                        report(context, config, context.within(v.origin(), v.value(), p.start(), p.end()), v.key(),
                                describe("secret id " + p.text(), e), List.of(),
                                e.accepted() ? Severity.WARNING : Severity.ERROR);
                    }
                }
            }
        }
    }

    /** A cheap filter before extraction: a literal deprecated secret id must appear in the value as written. */
    private boolean mayNameADeprecatedSecret(String value) {
        for (Entry e : entries) {
            if (e.secretId() != null && (e.secretId().indexOf('*') >= 0 || e.secretId().indexOf('?') >= 0
                    || value.contains(e.secretId()))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(String what, Entry e) {
        StringBuilder m = new StringBuilder(what);
        if (e.accepted()) {
            m.append(" is deprecated");
            if (e.removedIn() != null) {
                m.append(" and goes away in ").append(e.removedIn());
            }
        } else {
            m.append(" was removed").append(e.removedIn() != null ? " in " + e.removedIn() : "")
                    .append(" and is no longer read");
        }
        if (e.replacement() != null) {
            m.append("; use ").append(e.replacement());
        }
        if (e.note() != null) {
            m.append(" (").append(e.note()).append(')');
        }
        return m.toString();
    }
}
