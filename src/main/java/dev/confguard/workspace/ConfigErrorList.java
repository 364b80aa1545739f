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
final class ConfigErrorList {
    private final ConfigDocument document;
    private final String file;
    private final List<ConfigError> errors = new ArrayList<>();

    ConfigErrorList(ConfigDocument document) {
        this.document = document;
        this.file = document.source().displayPath();
    }

    ConfigDocument document() {
        return document;
    }

    /** At the value of the node (or its nearest existing ancestor). */
    void atValue(String pointer, String message) {
        NodeSpan span = document.nearestSpan(pointer);
        at(span == null ? 0 : span.valueRange().start(), message);
    }

    /** At the key of the node, or at its value when it has no key (a list item, the root). */
    void atKey(String pointer, String message) {
        NodeSpan span = document.nearestSpan(pointer);
        if (span == null) {
            at(0, message);
        } else {
            at(span.keyRange() != null ? span.keyRange().start() : span.valueRange().start(), message);
        }
    }

    /** An error already placed (by the shared schema validation). */
    void add(ConfigError error) {
        errors.add(error);
    }

    void at(TextRange range, String message) {
        at(range.start(), message);
    }

    void at(int offset, String message) {
        Position p = document.source().position(Math.min(offset, document.source().text().length()));
        errors.add(new ConfigError(file, p.line(), p.column(), message));
    }

    /** The line of a node's key (or value), for messages like "already defined on line 4". */
    int lineOf(String pointer) {
        NodeSpan span = document.nearestSpan(pointer);
        if (span == null) {
            return 1;
        }
        TextRange r = span.keyRange() != null ? span.keyRange() : span.valueRange();
        return document.source().position(r.start()).line();
    }

    /** The range of the value at exactly this pointer, or null. */
    TextRange valueRange(String pointer) {
        NodeSpan span = document.spans().get(pointer);
        return span == null ? null : span.valueRange();
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Every error, by line and column (stable for errors at the same place). */
    List<ConfigError> sorted() {
        List<ConfigError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparingInt(ConfigError::line).thenComparingInt(ConfigError::column));
        return out;
    }
}
