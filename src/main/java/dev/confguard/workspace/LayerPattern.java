package dev.confguard.workspace;

/**
 * One level of the hierarchy: a path relative to the workspace root with {@code {service}} (the
 * service's folder) and {@code {env}} (the environment's name or an alias) placeholders. Layers are
 * listed lowest precedence first. A missing file is skipped unless the layer is {@code required}.
 */
public record LayerPattern(String pattern, boolean required) {

    public boolean usesService() {
        return pattern.contains("{service}");
    }

    public boolean usesEnvironment() {
        return pattern.contains("{env}");
    }

    /** The relative path for one service folder and one spelling of an environment. */
    public String expand(String servicePath, String envSpelling) {
        String p = pattern.replace("{env}", envSpelling);
        if (servicePath.isEmpty()) {
            p = p.replace("{service}/", "").replace("{service}", ".");
        } else {
            p = p.replace("{service}", servicePath);
        }
        return p;
    }
}
