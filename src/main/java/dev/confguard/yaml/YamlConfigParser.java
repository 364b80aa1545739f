package dev.confguard.yaml;

import dev.confguard.source.SourceFile;
import dev.confguard.source.TextRange;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML with snakeyaml's composer (YAML 1.1, positions kept) and flattens it into
 * {@link ConfigEntry} leaves. Merge keys ({@code <<}) apply under explicit keys; duplicate keys,
 * meaning-changing implicit types and syntax errors become problems, never exceptions.
 */
final class YamlConfigParser {
    private final SourceFile source;
    private final ConfigLimits limits;
    private final List<ConfigEntry> entries = new ArrayList<>();
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Map<String, NodeSpan> spans = new LinkedHashMap<>();
    private Object tree;
    private Offsets offsets;
    private int emitted;

    private YamlConfigParser(SourceFile source, ConfigLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    static ConfigDocument parse(SourceFile source, ConfigLimits limits) {
        YamlConfigParser parser = new YamlConfigParser(source, limits);
        parser.run();
        return new ConfigDocument(source, parser.entries, parser.problems, parser.tree, parser.spans);
    }

    private void run() {
        String text = source.text();
        int shift = text.startsWith("\uFEFF") ? 1 : 0;
        offsets = Offsets.of(text, shift);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(limits.maxAliasesForCollections());
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setCodePointLimit(limits.maxCodePoints());
        options.setProcessComments(false);
        Node root;
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text.substring(shift))),
                    options), new Resolver(), options);
            root = composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            problems.add(markedProblem(e));
            return;
        } catch (YAMLException e) {
            problems.add(unmarkedProblem(e));
            return;
        } catch (StackOverflowError e) {
            problems.add(new ConfigProblem(ConfigProblem.Kind.TOO_DEEP, TextRange.empty(0),
                    "nesting is too deep to read", null));
            return;
        }
        if (root == null) {
            return;
        }
        try {
            tree = walk(root, "", "", null, 0);
        } catch (LimitReached e) {
            // the problem is already recorded
        }
    }

    private Object walk(Node node, String path, String pointer, Node keyNode, int depth) {
        if (depth > limits.maxDepth()) {
            problems.add(new ConfigProblem(ConfigProblem.Kind.TOO_DEEP, range(node),
                    "nesting deeper than " + limits.maxDepth() + " levels", null));
            throw new LimitReached();
        }
        spans.putIfAbsent(pointer, new NodeSpan(pointer, keyNode == null ? null : range(keyNode), range(node)));
        if (node instanceof MappingNode) {
            return walkMapping((MappingNode) node, path, pointer, depth);
        }
        if (node instanceof SequenceNode) {
            List<Node> items = ((SequenceNode) node).getValue();
            List<Object> list = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                list.add(walk(items.get(i), join(path, Integer.toString(i)), NodeSpan.child(pointer, Integer.toString(i)),
                        null, depth + 1));
            }
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        if (!path.isEmpty()) {
            emit(path, scalar, keyNode);
        }
        return typed(scalar);
    }

    private Map<String, Object> walkMapping(MappingNode mapping, String path, String pointer, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Node> seen = new HashMap<>();
        List<NodeTuple> explicit = new ArrayList<>();
        List<NodeTuple> merges = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag() == Tag.MERGE || (keyNode instanceof ScalarNode
                    && "<<".equals(((ScalarNode) keyNode).getValue()) && isPlain((ScalarNode) keyNode))) {
                merges.add(tuple);
                continue;
            }
            explicit.add(tuple);
        }
        // merged mappings first, so explicit keys (emitted later) win in the resolver
        for (NodeTuple tuple : merges) {
            Node merged = tuple.getValueNode();
            List<Node> sources = merged instanceof SequenceNode ? ((SequenceNode) merged).getValue() : List.of(merged);
            for (Node m : sources) {
                Object value = walk(m, path, pointer, null, depth + 1);
                if (value instanceof Map) {
                    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                        map.put(String.valueOf(e.getKey()), e.getValue());
                    }
                }
            }
        }
        for (NodeTuple tuple : explicit) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode)) {
                problems.add(new ConfigProblem(ConfigProblem.Kind.NON_SCALAR_KEY, range(keyNode),
                        "a mapping key must be a plain value, not a list or mapping", null));
                continue;
            }
            String key = ((ScalarNode) keyNode).getValue();
            Node first = seen.putIfAbsent(key, keyNode);
            if (first != null) {
                problems.add(new ConfigProblem(ConfigProblem.Kind.DUPLICATE_KEY, range(keyNode),
                        join(path, key) + " is already set on line " + source.position(range(first).start()).line()
                                + "; YAML loaders keep the last value", range(first)));
            }
            String childPointer = NodeSpan.child(pointer, key);
            spans.remove(childPointer);
            map.put(key, walk(tuple.getValueNode(), join(path, key), childPointer, keyNode, depth + 1));
        }
        return map;
    }

    /** The scalar as YAML 1.1 types it, for schema validation of our own files. */
    /** A plain decimal integer, read as a number; other integer notations stay text. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?(0|[1-9][0-9]*)");

    private static Object typed(ScalarNode scalar) {
        String v = scalar.getValue();
        if (!isPlain(scalar)) {
            return v;
        }
        Tag tag = scalar.getTag();
        try {
            if (Tag.BOOL.equals(tag)) {
                String l = v.toLowerCase(java.util.Locale.ROOT);
                return l.equals("true") || l.equals("yes") || l.equals("y") || l.equals("on");
            }
            if (Tag.INT.equals(tag) && DECIMAL.matcher(v).matches()) {
                return Long.parseLong(v);
            }
            if (Tag.FLOAT.equals(tag)) {
                return Double.parseDouble(v.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return v;
        }
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        return v;
    }

    private void emit(String path, ScalarNode scalar, Node keyNode) {
        if (++emitted > limits.maxEntries()) {
            problems.add(new ConfigProblem(ConfigProblem.Kind.ALIAS_LIMIT, range(scalar),
                    "more than " + limits.maxEntries() + " values (aliases expanding into a bomb?)", null));
            throw new LimitReached();
        }
        boolean plain = isPlain(scalar);
        ValueKind kind = plain ? kindOf(scalar.getTag()) : ValueKind.STRING;
        String value = kind == ValueKind.NULL ? null : scalar.getValue();
        TextRange keyRange = keyNode == null ? range(scalar) : range(keyNode);
        entries.add(new ConfigEntry(path, value, kind, !plain, keyRange, range(scalar)));
        if (plain) {
            String why = ImplicitTypes.changedMeaning(kind, scalar.getValue());
            if (why != null) {
                problems.add(new ConfigProblem(ConfigProblem.Kind.IMPLICIT_TYPE, range(scalar), path + ": " + why,
                        null));
            }
        }
    }

    private static boolean isPlain(ScalarNode node) {
        return node.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    private static ValueKind kindOf(Tag tag) {
        if (Tag.BOOL.equals(tag)) {
            return ValueKind.BOOLEAN;
        }
        if (Tag.INT.equals(tag)) {
            return ValueKind.INTEGER;
        }
        if (Tag.FLOAT.equals(tag)) {
            return ValueKind.FLOAT;
        }
        if (Tag.NULL.equals(tag)) {
            return ValueKind.NULL;
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return ValueKind.TIMESTAMP;
        }
        return ValueKind.STRING;
    }

    private TextRange range(Node node) {
        int start = offset(node.getStartMark());
        int end = Math.max(start, offset(node.getEndMark()));
        return TextRange.of(start, end);
    }

    private int offset(Mark mark) {
        if (mark == null) {
            return 0;
        }
        return Math.min(source.text().length(), offsets.toOffset(mark.getIndex()));
    }

    /**
     * A parse error is reported where the broken construct starts (snakeyaml's context mark, e.g.
     * an unclosed {@code [}), naming the line where the parser gave up, which may be much later.
     */
    private ConfigProblem markedProblem(MarkedYAMLException e) {
        Mark problemMark = e.getProblemMark();
        Mark contextMark = e.getContextMark();
        Mark mark = contextMark != null ? contextMark : problemMark;
        int at = offset(mark);
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        ConfigProblem.Kind kind = problem.contains("aliases") ? ConfigProblem.Kind.ALIAS_LIMIT
                : problem.contains("depth") || problem.contains("nesting") ? ConfigProblem.Kind.TOO_DEEP
                : ConfigProblem.Kind.SYNTAX;
        String message = problem;
        if (contextMark != null && e.getContext() != null) {
            message = e.getContext() + ": " + problem
                    + (problemMark == null ? "" : " (line " + (problemMark.getLine() + 1) + ")");
        }
        return new ConfigProblem(kind, TextRange.of(at, Math.min(source.text().length(), at + 1)), oneLine(message),
                null);
    }

    private ConfigProblem unmarkedProblem(YAMLException e) {
        String message = e.getMessage() == null ? "invalid YAML" : e.getMessage();
        ConfigProblem.Kind kind = message.contains("aliases") ? ConfigProblem.Kind.ALIAS_LIMIT
                : message.contains("code points") ? ConfigProblem.Kind.TOO_LARGE
                : message.contains("depth") || message.contains("Nesting") ? ConfigProblem.Kind.TOO_DEEP
                : ConfigProblem.Kind.SYNTAX;
        return new ConfigProblem(kind, TextRange.empty(0), oneLine(message), null);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replaceAll("\\s+", " ").trim();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Unwinds the walk once a limit is hit; the problem has been recorded. */
    private static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super(null, null, false, false);
        }
    }
}
