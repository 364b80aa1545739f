package dev.confguard.workspace;

import dev.confguard.source.Position;
import dev.confguard.source.TextRange;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.NodeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors found in one config file, each placed at the key or the value of the node a JSON
 * pointer names, so schema and semantic checks speak in pointers and users read lines.
 */
public final class ConfigErrorList {
    private final ConfigDocument document;
    private final String file;
    private final List<ConfigError> errors = new ArrayList<>();

    public ConfigErrorList(ConfigDocument document) {
        this.document = document;
        this.file = document.source().displayPath();
    }

    public ConfigDocument document() {
        return document;
    }

    /** At the value of the node (or its nearest existing ancestor). */
    public void atValue(String pointer, String message) {
        NodeSpan span = document.nearestSpan(pointer);
        at(span == null ? 0 : span.valueRange().start(), message);
    }

    /** At the key of the node, or at its value when it has no key (a list item, the root). */
    public void atKey(String pointer, String message) {
        NodeSpan span = document.nearestSpan(pointer);
        if (span == null) {
            at(0, message);
        } else {
            at(span.keyRange() != null ? span.keyRange().start() : span.valueRange().start(), message);
        }
    }

    public void at(TextRange range, String message) {
        at(range.start(), message);
    }

    public void at(int offset, String message) {
        Position p = document.source().position(Math.min(offset, document.source().text().length()));
        errors.add(new ConfigError(file, p.line(), p.column(), message));
    }

    /** The line of a node's key (or value), for messages like "already defined on line 4". */
    public int lineOf(String pointer) {
        NodeSpan span = document.nearestSpan(pointer);
        if (span == null) {
            return 1;
        }
        TextRange r = span.keyRange() != null ? span.keyRange() : span.valueRange();
        return document.source().position(r.start()).line();
    }

    /** The range of the value at exactly this pointer, or null. */
    public TextRange valueRange(String pointer) {
        NodeSpan span = document.spans().get(pointer);
        return span == null ? null : span.valueRange();
    }

    /** An error found elsewhere (in a rule pack the file names), kept with this file's errors. */
    public void add(ConfigError error) {
        errors.add(error);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Every error, this file's first, by line and column (stable for errors at the same place). */
    public List<ConfigError> sorted() {
        List<ConfigError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparing((ConfigError e) -> !e.file().equals(file)).thenComparing(ConfigError::file)
                .thenComparingInt(ConfigError::line).thenComparingInt(ConfigError::column));
        return out;
    }
}
