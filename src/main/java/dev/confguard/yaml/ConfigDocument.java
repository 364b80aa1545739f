package dev.confguard.yaml;

import dev.confguard.source.SourceFile;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON config file: its flattened leaves in document order, its problems, the
 * plain tree ({@code Map}/{@code List}/{@code String}/{@code Boolean}/{@code Long}/{@code Double}/null,
 * typed as the format reads it) and the span of every node by JSON pointer.
 */
public record ConfigDocument(SourceFile source, List<ConfigEntry> entries, List<ConfigProblem> problems,
                             Object tree, Map<String, NodeSpan> spans) {
    public ConfigDocument {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        spans = Collections.unmodifiableMap(spans);
    }

    /** The span of the node at {@code pointer}, or of its nearest ancestor that exists. */
    public NodeSpan nearestSpan(String pointer) {
        String p = pointer;
        while (true) {
            NodeSpan span = spans.get(p);
            if (span != null || p.isEmpty()) {
                return span;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    /**
     * The same document without its tree and node spans, which only validating the document itself needs
     * (a workspace config, a rule pack, a schema). A layer is read through its entries; dropping the rest
     * keeps thousands of cached layers small.
     */
    public ConfigDocument entriesOnly() {
        return new ConfigDocument(source, entries, problems, null, Map.of());
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
