package dev.confguard.workspace;

import dev.confguard.dotenv.dialect.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A repository as confguard sees it: where it is, which services and environments it has, which
 * files layer into each (service, environment), and the settings of the checks. Comes from
 * {@code .confguard.yaml} ({@code configFile} non-null) or from the zero-config convention.
 * {@code ruleOptions} are the choices made for the rule packs' options ({@code netra.stagingHosts → profile-b}).
 */
public record Workspace(
        Path root,
        Path configFile,
        List<Environment> environments,
        List<Service> services,
        List<LayerPattern> hierarchy,
        Dialect dialect,
        KeyStyle yamlKeys,
        List<String> rulePacks,
        Map<String, String> severities,
        List<String> ignore,
        SecretSettings secrets,
        Map<String, String> ruleOptions) {

    public Workspace {
        environments = List.copyOf(environments);
        services = List.copyOf(services);
        hierarchy = List.copyOf(hierarchy);
        rulePacks = List.copyOf(rulePacks);
        severities = Map.copyOf(severities);
        ignore = List.copyOf(ignore);
        ruleOptions = Map.copyOf(ruleOptions);
    }

    /** A workspace whose rule packs run with their default options. */
    public Workspace(Path root, Path configFile, List<Environment> environments, List<Service> services,
                     List<LayerPattern> hierarchy, Dialect dialect, KeyStyle yamlKeys, List<String> rulePacks,
                     Map<String, String> severities, List<String> ignore, SecretSettings secrets) {
        this(root, configFile, environments, services, hierarchy, dialect, yamlKeys, rulePacks, severities, ignore,
                secrets, Map.of());
    }

    /** The {@code ignore} globs compiled; build them once per run, not per file. */
    public IgnoreGlobs ignoreGlobs() {
        return IgnoreGlobs.of(ignore);
    }

    public boolean zeroConfig() {
        return configFile == null;
    }

    /** The environment with this name or alias, or null. */
    public Environment environment(String nameOrAlias) {
        for (Environment e : environments) {
            if (e.isCalled(nameOrAlias)) {
                return e;
            }
        }
        return null;
    }

    public Service service(String name) {
        for (Service s : services) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
