package dev.confguard.yaml;

import dev.confguard.source.TextRange;

/**
 * One leaf of a YAML/JSON config: its dotted path ({@code database.host}, list items as
 * {@code hosts.0}), the scalar exactly as written (null for null), how the format types it, and the
 * ranges of its key and value. {@code quoted} is true for quoted YAML scalars and JSON strings.
 */
public record ConfigEntry(String path, String value, ValueKind kind, boolean quoted, TextRange keyRange,
                          TextRange valueRange) {
}
