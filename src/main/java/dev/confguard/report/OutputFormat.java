package dev.confguard.report;

import java.util.Locale;

/** The formats {@code --format} accepts, and the reporter for each. */
public enum OutputFormat {
    TEXT, JSON;

    public Reporter reporter(boolean color) {
        switch (this) {
            case JSON:
                return new JsonReporter();
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
