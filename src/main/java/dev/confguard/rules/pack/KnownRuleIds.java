package dev.confguard.rules.pack;

import dev.confguard.rules.RuleRegistry;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Every rule id an inline directive may name: the Java rules' and the builtin packs'. The packs are
 * loaded only when a directive names an id the Java rules do not have, so {@code lint} (the pre-commit
 * path) does not pay for reading them on every run.
 */
public final class KnownRuleIds extends AbstractSet<String> {
    private final Set<String> java = RuleRegistry.builtin().ids();
    private volatile Set<String> all;

    @Override
    public boolean contains(Object o) {
        return java.contains(o) || everything().contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        return everything().iterator();
    }

    @Override
    public int size() {
        return everything().size();
    }

    private Set<String> everything() {
        Set<String> a = all;
        if (a == null) {
            a = PackSet.catalogRegistry().ids();
            all = a;
        }
        return a;
    }
}
