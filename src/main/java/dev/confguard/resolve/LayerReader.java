package dev.confguard.resolve;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.dotenv.QuoteStyle;
import dev.confguard.dotenv.dialect.DialectReader;
import dev.confguard.dotenv.dialect.ReadEntry;
import dev.confguard.source.Position;
import dev.confguard.source.SourceFile;
import dev.confguard.source.TextRange;
import dev.confguard.workspace.KeyStyle;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigEntry;
import dev.confguard.yaml.ConfigProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a cached document into what its layer sets. A {@code .env} file is read by the workspace's
 * dialect and reduced to that loader's final map; a binding whose value is null (python-dotenv's
 * {@code KEY} without {@code =}) sets nothing, as {@code load_dotenv} sets nothing for it. A YAML/JSON
 * file sets every leaf under its {@link KeyStyle} name, a null as "", the last of duplicates winning.
 */
final class LayerReader {
    private final DialectReader dialect;
    private final KeyStyle keyStyle;
    /**
     * One instance of each key name: the same few hundred names recur in thousands of files, and every
     * resolved configuration keeps its keys.
     */
    private final ConcurrentHashMap<String, String> keys = new ConcurrentHashMap<>();

    LayerReader(DialectReader dialect, KeyStyle keyStyle) {
        this.dialect = dialect;
        this.keyStyle = keyStyle;
    }

    LayerContent read(CachedFile cached) {
        if (cached instanceof CachedFile.Absent) {
            return new LayerContent.Absent(cached.file());
        }
        if (cached instanceof LayerError) {
            return new LayerContent.Unusable(cached.file(), ((LayerError) cached).reason(), LayerContent.Span.FILE_START);
        }
        if (cached instanceof CachedFile.Dotenv) {
            return readDotenv(((CachedFile.Dotenv) cached).document());
        }
        return readConfig(((CachedFile.Config) cached).document());
    }

    private LayerContent readDotenv(DotenvDocument document) {
        List<ReadEntry> entries = dialect.read(document);
        Map<Integer, DotenvLine.Entry> byStart = new HashMap<>();
        for (DotenvLine line : document.lines()) {
            if (line instanceof DotenvLine.Entry) {
                byStart.put(line.span().start(), (DotenvLine.Entry) line);
            }
        }
        StatementLines lines = new StatementLines(document);
        Map<ReadEntry, LayerContent.Binding> located = new IdentityHashMap<>();
        int previous = -1;
        for (ReadEntry entry : entries) {
            DotenvLine.Entry parsed = entry.startOffset() < 0 ? null : byStart.get(entry.startOffset());
            if (parsed != null) {
                previous = entry.startOffset();
                located.put(entry, binding(document, entry, parsed));
            } else {
                int lineStart = lines.lineStartOf(entry.key(), previous);
                previous = lineStart;
                located.put(entry, new LayerContent.Binding(key(entry.key()), entry.value(), false,
                        lines.lineSpan(lineStart)));
            }
        }
        List<LayerContent.Binding> bindings = new ArrayList<>();
        for (ReadEntry entry : dialect.finalBindings(entries)) {
            if (entry.value() == null) {
                continue;
            }
            LayerContent.Binding b = located.get(entry);
            if (b == null) {
                // a reader that rebuilt the entry: find it again by its start or its key
                DotenvLine.Entry parsed = entry.startOffset() < 0 ? null : byStart.get(entry.startOffset());
                b = parsed != null ? binding(document, entry, parsed) : new LayerContent.Binding(key(entry.key()),
                        entry.value(), false, lines.lineSpan(lines.lineStartOf(entry.key(), -1)));
            }
            bindings.add(b);
        }
        return new LayerContent.Read(document.source().displayPath(), bindings, null, false);
    }

    private LayerContent.Binding binding(DotenvDocument document, ReadEntry entry, DotenvLine.Entry parsed) {
        TextRange raw = parsed.value().raw();
        TextRange at = raw.isEmpty() ? parsed.key() : raw;
        boolean literal = parsed.value().quote() == QuoteStyle.SINGLE;
        return new LayerContent.Binding(key(entry.key()), entry.value(), literal, span(document.source(), at));
    }

    private LayerContent readConfig(ConfigDocument document) {
        SourceFile source = document.source();
        Map<String, LayerContent.Binding> byKey = new LinkedHashMap<>();
        for (ConfigEntry entry : document.entries()) {
            TextRange at = entry.valueRange().isEmpty() && entry.keyRange() != null ? entry.keyRange() : entry.valueRange();
            String key = key(keyStyle.keyOf(entry.path()));
            byKey.put(key, new LayerContent.Binding(key, entry.value() == null ? "" : entry.value(), false,
                    span(source, at)));
        }
        LayerContent.Span syntaxError = null;
        for (ConfigProblem problem : document.problems()) {
            if (problem.kind() == ConfigProblem.Kind.SYNTAX) {
                syntaxError = span(source, problem.range());
                break;
            }
        }
        return new LayerContent.Read(source.displayPath(), new ArrayList<>(byKey.values()), syntaxError,
                !byKey.isEmpty());
    }

    /** The one instance of this key name. */
    private String key(String name) {
        String known = keys.putIfAbsent(name, name);
        return known != null ? known : name;
    }

    static LayerContent.Span span(SourceFile source, TextRange range) {
        Position start = source.position(range.start());
        Position end = source.position(range.end());
        return new LayerContent.Span(start.line(), start.column(), end.line(), end.column());
    }
}
