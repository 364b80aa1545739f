package dev.confguard.rules.pack;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.rules.WorkspaceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code kind: includes}: in each environment, the list in {@code list} (split at {@code separator},
 * default a comma) must include the origin of the URL in {@code item}: the backend's CORS origins must
 * include the frontend's URL. {@code *} in the list includes everything. Skipped when either is unset.
 */
final class IncludesRule extends PackRule {
    private final Side list;
    private final Side item;
    private final String separator;

    private IncludesRule(Common common, Side list, Side item, String separator) {
        super(common);
        this.list = list;
        this.item = item;
        this.separator = separator;
    }

    static IncludesRule from(RuleSpec spec, Common common) {
        String separator = spec.string("separator");
        return new IncludesRule(common, Side.of(spec, "list", "includes"), Side.of(spec, "item", "includes"),
                separator == null ? "," : separator);
    }

    @Override
    public boolean judgesEachConfigurationAlone() {
        return false;
    }

    @Override
    public void check(List<ResolvedConfig> all, WorkspaceContext context) {
        java.util.Map<dev.confguard.workspace.Environment, List<ResolvedConfig>> items = Side.byEnvironment(all, item,
                where());
        for (ResolvedConfig holder : all) {
            if (!list.covers(holder, where())) {
                continue;
            }
            ResolvedValue l = list.valueIn(holder);
            if (l == null || Values.isUnset(l.value())) {
                continue;
            }
            List<String> entries = new ArrayList<>();
            for (String e : l.value().split(java.util.regex.Pattern.quote(separator), -1)) {
                String t = e.strip();
                String o = Values.origin(t);
                entries.add(o != null ? o : t.toLowerCase(Locale.ROOT));
            }
            if (entries.contains("*")) {
                continue;
            }
            for (ResolvedConfig other : items.getOrDefault(holder.environment(), List.of())) {
                ResolvedValue i = item.valueIn(other);
                String origin = i == null || Values.isUnset(i.value()) ? null : Values.origin(i.value());
                if (origin == null || entries.contains(origin)) {
                    continue;
                }
                report(context, holder, l.origin(), l.key(), l.key() + " of " + pair(holder) + " does not include "
                        + origin + ", the " + i.key() + " of " + other.service().name(), List.of(i.origin()));
            }
        }
    }
}
