package dev.confguard.report;

import java.util.Locale;

/** The formats {@code --format} accepts, and the reporter for each. */
public enum OutputFormat {
    TEXT, JSON, SARIF, JUNIT, GITHUB;

    /**
     * @param color whether text output may use ANSI colours
     * @param rules the rules of the run, for formats that describe them (SARIF)
     * @param version confguard's version
     * @param rootUri the file URI of the working directory, which report paths are relative to
     */
    public Reporter reporter(boolean color, java.util.List<dev.confguard.rules.Rule> rules, String version,
                             String rootUri) {
        switch (this) {
            case JSON:
                return new JsonReporter();
            case SARIF:
                return new SarifReporter(rules, version, rootUri);
            case JUNIT:
                return new JunitReporter();
            case GITHUB:
                return new GithubReporter();
            case TEXT:
            default:
                return new TextReporter(color);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
