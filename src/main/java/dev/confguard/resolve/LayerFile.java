package dev.confguard.resolve;

/**
 * One file the resolver looked for, in search order: the hierarchy level it came from (index and
 * pattern), its display path, whether it exists, and whether its level is required.
 */
public record LayerFile(int layerIndex, String pattern, String file, boolean exists, boolean required) {
}
