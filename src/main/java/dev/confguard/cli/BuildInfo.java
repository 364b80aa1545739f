package dev.confguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version and commit the jar was built from ({@code version.properties}), read without picocli. */
final class BuildInfo {
    private BuildInfo() {
    }

    /** The bare version, for report headers. */
    static String version() {
        try {
            return properties().getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static Properties properties() throws IOException {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/dev/confguard/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p;
    }
}
