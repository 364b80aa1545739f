package dev.confguard.yaml;

/**
 * What a config value is, as the file's own format types it. For YAML plain scalars this is the
 * YAML 1.1 implicit type (the reading of PyYAML and snakeyaml), which is how {@code NO} becomes false.
 */
public enum ValueKind {
    STRING, BOOLEAN, INTEGER, FLOAT, NULL, TIMESTAMP
}
