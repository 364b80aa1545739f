package dev.confguard.yaml;

/** Bounds that keep hostile config files from exhausting time or memory. */
public record ConfigLimits(int maxDepth, int maxEntries, int maxAliasesForCollections, int maxCodePoints) {
    public static final ConfigLimits DEFAULT = new ConfigLimits(64, 200_000, 50, 64 * 1024 * 1024);
}
