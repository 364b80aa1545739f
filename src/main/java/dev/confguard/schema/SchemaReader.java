package dev.confguard.schema;

import com.google.re2j.PatternSyntaxException;
import dev.confguard.source.SourceFile;
import dev.confguard.workspace.ConfigError;
import dev.confguard.workspace.WorkspaceException;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigParser;
import dev.confguard.yaml.ConfigProblem;
import dev.confguard.yaml.NodeSpan;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.everit.json.schema.Schema;
import org.everit.json.schema.SchemaException;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Reads a service schema and every file it refers to, and checks them before everit sees them: each
 * file must parse, must be a valid draft-07 schema (strict: unknown keywords and unknown formats are
 * errors), its patterns must compile on RE2/J, and each {@code $ref} must be a JSON pointer into an
 * existing node or a relative path to an existing file in the schema's folder tree; a remote
 * {@code $ref} is an error that says confguard never fetches. Every error is reported at its line.
 *
 * <p>What everit then loads is a copy in which every {@code $ref} is an absolute URI of a file already
 * read, {@code $id} and {@code $schema} are dropped (draft-07 is set explicitly; scopes play no part),
 * confguard's formats carry the names they are loaded with ({@link CustomFormat#loadedName}), and
 * {@code {"type": "integer", "format": "port"}} also gets {@code minimum 1, maximum 65535} (everit
 * applies formats to strings only). Files a schema refers to are read once per reader, however many
 * schemas refer to them; a schema file itself is read each time it is loaded as a service's schema.
 */
final class SchemaReader {
    private static final String META_RESOURCE = "/dev/confguard/schema/draft-07-strict.schema.json";
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "definitions", "$defs");
    private static final Set<String> SUBSCHEMAS = Set.of("additionalProperties", "additionalItems", "contains",
            "propertyNames", "if", "then", "else", "not");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf");

    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    /** Why each pattern met so far cannot be used ("" when it can), by pattern. */
    private final Map<String, String> patternProblems = new ConcurrentHashMap<>();

    /** The strict draft-07 meta-schema, with the formats confguard knows. */
    private static final class Meta {
        static final DocumentSchema SCHEMA = load();

        private static DocumentSchema load() {
            JSONObject meta = JsonSchemas.resource(META_RESOURCE);
            JSONObject format = new JSONObject();
            format.put("enum", new JSONArray(JsonSchemas.formatNames()));
            format.put("x-message", "confguard knows only these formats");
            meta.getJSONObject("properties").put("format", format);
            return new DocumentSchema(JsonSchemas.load(meta));
        }
    }

    /**
     * The schema at {@code root}, loaded.
     *
     * @throws WorkspaceException with every error found in it and the files it refers to
     */
    LoadedSchema read(SchemaSource root) {
        List<ConfigError> errors = new ArrayList<>();
        Map<String, Parsed> files = new LinkedHashMap<>();
        Deque<SchemaSource> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            SchemaSource source = queue.poll();
            if (files.containsKey(source.uri())) {
                continue;
            }
            // files a schema refers to are parsed once per reader, however many schemas refer to them; the
            // schema file itself is not kept, so a run over thousands of services does not hold every
            // service's parsed schema at once
            Parsed p = source == root ? parse(source) : parsed.computeIfAbsent(source.uri(), uri -> parse(source));
            files.put(source.uri(), p);
            errors.addAll(p.errors);
            queue.addAll(p.referred);
        }
        for (Parsed p : files.values()) {
            for (PendingFragment f : p.fragments) {
                Parsed target = files.get(f.targetUri);
                if (target != null && target.document != null && !JsonValues.has(target.document.tree(), f.fragment)) {
                    errors.add(DocumentSchema.atValue(p.document, f.pointer, "$ref '" + f.ref + "': "
                            + target.source.display() + " has nothing at " + f.fragment));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new WorkspaceException(distinct(errors));
        }
        Map<String, String> documents = new LinkedHashMap<>();
        for (Map.Entry<String, Parsed> e : files.entrySet()) {
            documents.put(e.getKey(), e.getValue().rewritten.toString());
        }
        Schema schema;
        try {
            schema = JsonSchemas.load(files.get(root.uri()).rewritten, root.uri(), documents);
        } catch (SchemaException e) {
            throw new WorkspaceException(List.of(locate(e.getSchemaLocation(), files, root,
                    withoutLocation(e.getMessage()))));
        } catch (RuntimeException e) {
            throw new WorkspaceException(List.of(DocumentSchema.at(files.get(root.uri()).document, 0,
                    "the schema cannot be loaded: " + e.getMessage())));
        }
        Map<String, String> displays = new LinkedHashMap<>();
        files.forEach((uri, p) -> displays.put(uri, p.source.display()));
        return new LoadedSchema(root.display(), schema, displays);
    }

    /** A schema with everything it refers to; {@code displays} names each file by URI for schema locations. */
    record LoadedSchema(String display, Schema schema, Map<String, String> displays) {
    }

    private Parsed parse(SchemaSource source) {
        Parsed p = new Parsed(source);
        byte[] bytes;
        try {
            bytes = source.read();
        } catch (IOException e) {
            p.errors.add(new ConfigError(source.display(), 0, 0, "cannot read the schema: " + e.getMessage()));
            return p;
        }
        SourceFile file = SourceFile.of(null, source.display(), bytes);
        ConfigDocument document = ConfigParser.parse(file);
        p.document = document;
        if (!file.invalidByteOffsets().isEmpty()) {
            p.errors.add(DocumentSchema.at(document, file.invalidByteOffsets().get(0),
                    "the file is not valid UTF-8; save it as UTF-8"));
        }
        boolean readable = true;
        for (ConfigProblem problem : document.problems()) {
            if (problem.kind() == ConfigProblem.Kind.IMPLICIT_TYPE) {
                continue;
            }
            readable &= problem.kind() == ConfigProblem.Kind.DUPLICATE_KEY || problem.kind() == ConfigProblem.Kind.NON_SCALAR_KEY;
            p.errors.add(DocumentSchema.at(document, problem.range().start(), problem.message()));
        }
        if (!readable) {
            return p;
        }
        if (!(document.tree() instanceof Map)) {
            p.errors.add(DocumentSchema.at(document, 0, "a schema must be a JSON object ({\"type\": \"object\", "
                    + "\"properties\": {...}})"));
            return p;
        }
        p.errors.addAll(Meta.SCHEMA.validate(document));
        Object rewritten = rewrite(document.tree(), "", p);
        if (p.errors.isEmpty()) {
            p.rewritten = (JSONObject) JsonValues.toJson(rewritten);
        }
        return p;
    }

    /**
     * A copy of a schema node with references made absolute; checks references and patterns. Nodes of
     * the wrong shape are copied as they are (the meta-schema reported them).
     */
    private Object rewrite(Object node, String pointer, Parsed p) {
        if (!(node instanceof Map)) {
            return node;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            String at = NodeSpan.child(pointer, key);
            if (key.equals("$id") || key.equals("$schema")) {
                continue;
            }
            if (key.equals("$ref") && value instanceof String) {
                out.put(key, reference((String) value, at, p));
            } else if ((SCHEMA_MAPS.contains(key) || key.equals("dependencies")) && value instanceof Map) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<?, ?> m : ((Map<?, ?>) value).entrySet()) {
                    String name = String.valueOf(m.getKey());
                    if (key.equals("patternProperties")) {
                        checkPattern(name, NodeSpan.child(at, name), true, p);
                    }
                    map.put(name, rewrite(m.getValue(), NodeSpan.child(at, name), p));
                }
                out.put(key, map);
            } else if (SUBSCHEMAS.contains(key)) {
                out.put(key, rewrite(value, at, p));
            } else if ((SCHEMA_LISTS.contains(key) || key.equals("items")) && value instanceof List) {
                List<Object> list = new ArrayList<>();
                List<?> items = (List<?>) value;
                for (int i = 0; i < items.size(); i++) {
                    list.add(rewrite(items.get(i), at + "/" + i, p));
                }
                out.put(key, list);
            } else if (key.equals("items")) {
                out.put(key, rewrite(value, at, p));
            } else {
                if (key.equals("pattern") && value instanceof String) {
                    checkPattern((String) value, at, false, p);
                }
                CustomFormat format = key.equals("format") && value instanceof String
                        ? CustomFormat.byName((String) value) : null;
                out.put(key, format == null ? value : format.loadedName());
            }
        }
        if ("port".equals(out.get("format")) && !allowsString(out.get("type"))) {
            out.putIfAbsent("minimum", 1L);
            out.putIfAbsent("maximum", 65535L);
        }
        return out;
    }

    private static boolean allowsString(Object type) {
        return type == null || "string".equals(type) || (type instanceof List && ((List<?>) type).contains("string"));
    }

    private void checkPattern(String pattern, String pointer, boolean isKey, Parsed p) {
        // the same few patterns recur in the schemas of many services: each is compiled once per reader
        String problem = patternProblems.computeIfAbsent(pattern, SchemaReader::patternProblem);
        if (!problem.isEmpty()) {
            String message = "pattern '" + pattern + "' cannot be used: " + problem
                    + " (confguard runs patterns on RE2/J, in linear time: no lookahead, lookbehind or backreferences)";
            p.errors.add(isKey ? DocumentSchema.atKey(p.document, pointer, message)
                    : DocumentSchema.atValue(p.document, pointer, message));
        }
    }

    /** Why RE2/J refuses a pattern, or "" when it compiles. */
    private static String patternProblem(String pattern) {
        try {
            com.google.re2j.Pattern.compile(pattern);
            return "";
        } catch (PatternSyntaxException e) {
            return e.getDescription();
        }
    }

    /** The absolute form of a reference, or the reference as written when it is in error (reported). */
    private String reference(String ref, String pointer, Parsed p) {
        int hash = ref.indexOf('#');
        String path = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            refError(p, pointer, "$ref '" + ref + "': the part after # must be a JSON pointer such as "
                    + "#/definitions/port (named anchors are not supported)");
            return ref;
        }
        String decodedFragment = decode(fragment);
        if (path.isEmpty()) {
            if (!JsonValues.has(p.document.tree(), decodedFragment)) {
                refError(p, pointer, "$ref '" + ref + "' points at nothing in this file"
                        + suggestion(decodedFragment, p.document));
            }
            return p.source.uri() + "#" + fragment;
        }
        URI uri;
        try {
            uri = new URI(path);
        } catch (URISyntaxException e) {
            refError(p, pointer, "$ref '" + ref + "' is not a valid reference: " + e.getReason());
            return ref;
        }
        if (uri.getScheme() != null) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            refError(p, pointer, scheme.equals("http") || scheme.equals("https")
                    ? "remote $ref '" + ref + "': confguard never fetches schemas over the network; save the "
                            + "schema next to this one and refer to it by a relative path"
                    : "$ref '" + ref + "' uses the scheme '" + scheme + ":'; a $ref is a JSON pointer (#/definitions/x) "
                            + "or a relative path to a file beside this schema");
            return ref;
        }
        SchemaSource target = p.source.resolve(uri.getPath());
        if (target == null) {
            refError(p, pointer, "$ref '" + ref + "' leaves the schema's folder " + p.source.tree()
                    + "; a schema may refer only to files in its folder or below it");
            return ref;
        }
        if (!target.exists()) {
            refError(p, pointer, "$ref '" + ref + "': no such file " + target.display());
            return ref;
        }
        p.referred.add(target);
        if (!decodedFragment.isEmpty()) {
            p.fragments.add(new PendingFragment(pointer, ref, target.uri(), decodedFragment));
        }
        return target.uri() + (fragment.isEmpty() ? "" : "#" + fragment);
    }

    private static String suggestion(String fragment, ConfigDocument document) {
        int slash = fragment.lastIndexOf('/');
        Object parent = JsonValues.at(document.tree(), fragment.substring(0, Math.max(slash, 0)));
        if (slash < 0 || !(parent instanceof Map)) {
            return "";
        }
        List<String> names = new ArrayList<>();
        ((Map<?, ?>) parent).keySet().forEach(k -> names.add(String.valueOf(k)));
        return dev.confguard.errors.Spelling.suggestion(fragment.substring(slash + 1), names);
    }

    /** A URI fragment with its %-escapes decoded; as written when it is not a valid fragment. */
    private static String decode(String fragment) {
        try {
            String decoded = new URI("x:y#" + fragment).getFragment();
            return decoded == null ? "" : decoded;
        } catch (URISyntaxException e) {
            return fragment;
        }
    }

    private static void refError(Parsed p, String pointer, String message) {
        p.errors.add(DocumentSchema.atValue(p.document, pointer, message));
    }

    /** An everit loading error, placed by its schema location ({@code uri#/pointer}) when it has one. */
    private static ConfigError locate(String location, Map<String, Parsed> files, SchemaSource root, String message) {
        Parsed in = files.get(root.uri());
        String pointer = "";
        if (location != null) {
            int hash = location.indexOf('#');
            String base = hash < 0 ? location : location.substring(0, hash);
            if (files.containsKey(base)) {
                in = files.get(base);
            }
            pointer = hash < 0 ? "" : decode(location.substring(hash + 1));
        }
        return DocumentSchema.atValue(in.document, pointer, message);
    }

    /** Everit prefixes its messages with the location, which the error's position already gives. */
    private static String withoutLocation(String message) {
        int colon = message == null ? -1 : message.indexOf(": ");
        return colon > 0 && message.startsWith("#") ? message.substring(colon + 2) : String.valueOf(message);
    }

    private static List<ConfigError> distinct(List<ConfigError> errors) {
        return DocumentSchema.sorted(new ArrayList<>(new LinkedHashSet<>(errors)));
    }

    /** One schema file as read: its document, its errors, and the files it refers to. */
    private static final class Parsed {
        final SchemaSource source;
        final List<ConfigError> errors = new ArrayList<>();
        final List<SchemaSource> referred = new ArrayList<>();
        final List<PendingFragment> fragments = new ArrayList<>();
        ConfigDocument document;
        JSONObject rewritten;

        Parsed(SchemaSource source) {
            this.source = source;
        }
    }

    /** A reference into another file, checked once that file is read. */
    private record PendingFragment(String pointer, String ref, String targetUri, String fragment) {
    }
}
