package dev.confguard.workspace;

/**
 * One service: its name, its folder relative to the workspace root ({@code ""} for the root itself,
 * always with forward slashes), and its JSON Schema relative to the root ({@code builtin:NAME} for one
 * shipped in the jar), or null.
 */
public record Service(String name, String path, String schema) {
}
