package dev.confguard.yaml;

import dev.confguard.source.SourceFile;
import java.util.Locale;

/** Parses a YAML or JSON config file, chosen by its extension ({@code .json} is JSON, the rest YAML). */
public final class ConfigParser {
    private ConfigParser() {
    }

    public static ConfigDocument parse(SourceFile source) {
        return parse(source, ConfigLimits.DEFAULT);
    }

    public static ConfigDocument parse(SourceFile source, ConfigLimits limits) {
        String name = source.displayPath().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? JsonConfigParser.parse(source, limits) : YamlConfigParser.parse(source, limits);
    }

    public static boolean isConfigFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }
}
