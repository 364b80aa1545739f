package dev.confguard.engine;

import dev.confguard.secrets.SecretOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@code check} run needs: where to start, which config file (or null to discover one),
 * which services and environments (empty = all), the rule selection, and the process environment to
 * interpolate from (empty unless the user passed {@code --process-env}). {@code rulePacks} replaces the
 * workspace's {@code rules.packs} when not empty ({@code --rules}); {@code ruleOptions} is laid over its
 * {@code rules.options}; {@code secrets} says how secret references are verified.
 */
public record CheckRequest(Path workingDirectory, String dir, Path configFile, List<String> services,
                           List<String> environments, List<String> select, List<String> ignore, long maxFileBytes,
                           Map<String, String> processEnv, List<String> rulePacks, Map<String, String> ruleOptions,
                           SecretOptions secrets) {
    public CheckRequest {
        services = List.copyOf(services);
        environments = List.copyOf(environments);
        select = List.copyOf(select);
        ignore = List.copyOf(ignore);
        processEnv = Map.copyOf(processEnv);
        rulePacks = List.copyOf(rulePacks);
        ruleOptions = Map.copyOf(ruleOptions);
        secrets = secrets == null ? SecretOptions.FROM_WORKSPACE : secrets;
    }

    /** A request with the workspace's secret settings. */
    public CheckRequest(Path workingDirectory, String dir, Path configFile, List<String> services,
                        List<String> environments, List<String> select, List<String> ignore, long maxFileBytes,
                        Map<String, String> processEnv, List<String> rulePacks, Map<String, String> ruleOptions) {
        this(workingDirectory, dir, configFile, services, environments, select, ignore, maxFileBytes, processEnv,
                rulePacks, ruleOptions, SecretOptions.FROM_WORKSPACE);
    }

    /** A request that runs the workspace's own rule packs. */
    public CheckRequest(Path workingDirectory, String dir, Path configFile, List<String> services,
                        List<String> environments, List<String> select, List<String> ignore, long maxFileBytes,
                        Map<String, String> processEnv) {
        this(workingDirectory, dir, configFile, services, environments, select, ignore, maxFileBytes, processEnv,
                List.of(), Map.of());
    }
}
