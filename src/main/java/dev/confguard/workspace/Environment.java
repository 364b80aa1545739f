package dev.confguard.workspace;

import java.util.List;

/**
 * One environment of the workspace: its name, the other names files use for it ({@code prod} for
 * {@code production}), and whether it is deployed (deployed environments get the strict checks).
 */
public record Environment(String name, List<String> aliases, boolean deployed) {
    public Environment {
        aliases = List.copyOf(aliases);
    }

    /** The name and every alias, name first: the spellings {@code {env}} expands to. */
    public List<String> spellings() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    public boolean isCalled(String spelling) {
        return name.equals(spelling) || aliases.contains(spelling);
    }
}
