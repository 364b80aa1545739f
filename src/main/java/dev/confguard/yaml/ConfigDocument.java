package dev.confguard.yaml;

import dev.confguard.source.SourceFile;
import java.util.List;

/** A parsed YAML or JSON config file: its flattened leaves in document order, and its problems. */
public record ConfigDocument(SourceFile source, List<ConfigEntry> entries, List<ConfigProblem> problems) {
    public ConfigDocument {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public ConfigProblem fatalProblem() {
        for (ConfigProblem p : problems) {
            if (p.fatal()) {
                return p;
            }
        }
        return null;
    }
}
