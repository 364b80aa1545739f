package dev.confguard.schema;

import java.util.List;
import java.util.Set;

/**
 * What validating one resolved (service, environment) against its schema found, and which of its
 * keys the schema marks secret ({@code x-secret}), so that every output can redact them.
 */
public record SchemaReport(List<SchemaProblem> problems, Set<String> secretKeys) {
    public SchemaReport {
        problems = List.copyOf(problems);
        secretKeys = Set.copyOf(secretKeys);
    }
}
