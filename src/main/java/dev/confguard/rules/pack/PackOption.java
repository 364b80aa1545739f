package dev.confguard.rules.pack;

import java.util.List;

/**
 * A choice a pack leaves to the workspace (where its sources disagree): set in {@code .confguard.yaml}
 * as {@code rules.options: {PACK.NAME: CHOICE}}, or with {@code check --rule-option PACK.NAME=CHOICE}.
 */
public record PackOption(String pack, String name, String description, List<String> choices, String defaultChoice) {
    public PackOption {
        choices = List.copyOf(choices);
    }

    /** The name the workspace uses: {@code netra.stagingHosts}. */
    public String qualifiedName() {
        return pack + "." + name;
    }
}
