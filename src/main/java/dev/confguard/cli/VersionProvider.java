package dev.confguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the version and the git commit the jar was built from. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = properties();
        String version = p.getProperty("version", "unknown");
        String commit = p.getProperty("commit", "");
        if (commit.isEmpty() || commit.startsWith("${")) {
            commit = "unknown";
        } else if ("true".equals(p.getProperty("dirty"))) {
            commit = commit + ", with uncommitted changes";
        }
        return new String[] {"confguard " + version + " (commit " + commit + ")"};
    }

    /** The bare version, for report headers. */
    static String version() {
        try {
            return properties().getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Properties properties() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/confguard/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p;
    }
}
