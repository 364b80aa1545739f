package dev.confguard.cli;

import java.io.IOException;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the version and the git commit the jar was built from. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = BuildInfo.properties();
        String version = p.getProperty("version", "unknown");
        String commit = p.getProperty("commit", "");
        if (commit.isEmpty() || commit.startsWith("${")) {
            commit = "unknown";
        } else if ("true".equals(p.getProperty("dirty"))) {
            commit = commit + ", with uncommitted changes";
        }
        return new String[] {"confguard " + version + " (commit " + commit + ")"};
    }
}
