package dev.confguard.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.confguard.source.SourceFile;
import dev.confguard.source.TextRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON with Jackson's streaming parser (exact character offsets) into the same flattened
 * {@link ConfigEntry} leaves as YAML. JSON types are explicit, so no implicit-type problems arise.
 */
final class JsonConfigParser {
    private final SourceFile source;
    private final ConfigLimits limits;
    private final List<ConfigEntry> entries = new ArrayList<>();
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Map<String, NodeSpan> spans = new LinkedHashMap<>();
    private final int shift;
    private Object tree;

    private JsonConfigParser(SourceFile source, ConfigLimits limits) {
        this.source = source;
        this.limits = limits;
        this.shift = source.text().startsWith("\uFEFF") ? 1 : 0;
    }

    static ConfigDocument parse(SourceFile source, ConfigLimits limits) {
        JsonConfigParser parser = new JsonConfigParser(source, limits);
        parser.run();
        return new ConfigDocument(source, parser.entries, parser.problems, parser.tree, parser.spans);
    }

    private void run() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth() + 1).build())
                .build();
        String text = source.text().substring(shift);
        try (JsonParser json = factory.createParser(text)) {
            JsonToken token = json.nextToken();
            if (token == null) {
                return;
            }
            tree = value(json, token, "", "", null, 0);
            if (json.nextToken() != null) {
                int at = offset(json.currentTokenLocation());
                problems.add(new ConfigProblem(ConfigProblem.Kind.SYNTAX, TextRange.of(at, at + 1),
                        "unexpected content after the JSON value", null));
            }
        } catch (StreamConstraintsException e) {
            problems.add(new ConfigProblem(ConfigProblem.Kind.TOO_DEEP, TextRange.empty(0),
                    "nesting deeper than " + limits.maxDepth() + " levels", null));
        } catch (JsonParseException e) {
            int at = e.getLocation() == null ? 0 : offset(e.getLocation());
            problems.add(new ConfigProblem(ConfigProblem.Kind.SYNTAX,
                    TextRange.of(at, Math.min(source.text().length(), at + 1)), e.getOriginalMessage()
                            .replace('\n', ' '), null));
        } catch (IOException e) {
            problems.add(new ConfigProblem(ConfigProblem.Kind.SYNTAX, TextRange.empty(0), String.valueOf(e.getMessage()),
                    null));
        } catch (TooMany e) {
            problems.add(new ConfigProblem(ConfigProblem.Kind.TOO_LARGE, TextRange.empty(0),
                    "more than " + limits.maxEntries() + " values", null));
        }
    }

    private Object value(JsonParser json, JsonToken token, String path, String pointer, TextRange keyRange, int depth)
            throws IOException {
        int start = offset(json.currentTokenLocation());
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = object(json, path, pointer, depth + 1);
            spans.put(pointer, new NodeSpan(pointer, keyRange, TextRange.of(start, Math.max(start,
                    offset(json.currentLocation())))));
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            int i = 0;
            JsonToken t;
            while ((t = json.nextToken()) != JsonToken.END_ARRAY) {
                String index = Integer.toString(i++);
                list.add(value(json, t, join(path, index), NodeSpan.child(pointer, index), null, depth + 1));
            }
            spans.put(pointer, new NodeSpan(pointer, keyRange, TextRange.of(start, Math.max(start,
                    offset(json.currentLocation())))));
            return list;
        }
        int end = offset(json.currentLocation());
        TextRange range = TextRange.of(start, Math.max(start, end));
        spans.put(pointer, new NodeSpan(pointer, keyRange, range));
        ValueKind kind = token == JsonToken.VALUE_STRING ? ValueKind.STRING
                : token == JsonToken.VALUE_NUMBER_INT ? ValueKind.INTEGER
                : token == JsonToken.VALUE_NUMBER_FLOAT ? ValueKind.FLOAT
                : token == JsonToken.VALUE_NULL ? ValueKind.NULL : ValueKind.BOOLEAN;
        String text = kind == ValueKind.NULL ? null
                : kind == ValueKind.STRING ? json.getText() : source.text().substring(range.start(), range.end());
        if (!path.isEmpty()) {
            if (entries.size() >= limits.maxEntries()) {
                throw new TooMany();
            }
            entries.add(new ConfigEntry(path, text, kind, kind == ValueKind.STRING,
                    keyRange == null ? range : keyRange, range));
        }
        switch (kind) {
            case INTEGER:
                return json.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? text : json.getLongValue();
            case FLOAT:
                return json.getDoubleValue();
            case BOOLEAN:
                return token == JsonToken.VALUE_TRUE;
            case NULL:
                return null;
            default:
                return text;
        }
    }

    private Map<String, Object> object(JsonParser json, String path, String pointer, int depth) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, TextRange> seen = new HashMap<>();
        JsonToken t;
        while ((t = json.nextToken()) == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            int keyStart = offset(json.currentTokenLocation());
            int keyEnd = offset(json.currentLocation());
            TextRange keyRange = TextRange.of(keyStart, Math.max(keyStart, keyEnd));
            TextRange first = seen.putIfAbsent(name, keyRange);
            if (first != null) {
                problems.add(new ConfigProblem(ConfigProblem.Kind.DUPLICATE_KEY, keyRange, join(path, name)
                        + " is already set on line " + source.position(first.start()).line()
                        + "; JSON parsers disagree on which value wins", first));
            }
            map.put(name, value(json, json.nextToken(), join(path, name), NodeSpan.child(pointer, name), keyRange,
                    depth));
        }
        return map;
    }

    private int offset(JsonLocation location) {
        long chars = location.getCharOffset();
        return (int) Math.min(source.text().length(), Math.max(0, chars) + shift);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Too many values: stops the walk. */
    private static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMany() {
            super(null, null, false, false);
        }
    }
}
