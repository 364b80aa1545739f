package dev.confguard.engine;

import dev.confguard.secrets.SecretOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A {@code secrets audit} run: where the workspace is, which services and environments (empty = all),
 * how to reach the store, the maximum age of a version in use, and the time to measure ages against.
 */
public record AuditRequest(Path workingDirectory, String dir, Path configFile, List<String> services,
                           List<String> environments, long maxFileBytes, Map<String, String> processEnv,
                           SecretOptions secrets, Duration maxAge, Instant now) {
    public AuditRequest {
        services = List.copyOf(services);
        environments = List.copyOf(environments);
        processEnv = Map.copyOf(processEnv);
    }
}
