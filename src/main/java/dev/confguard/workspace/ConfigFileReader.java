package dev.confguard.workspace;

import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.errors.Spelling;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.pack.PackSet;
import dev.confguard.schema.BuiltinSchemas;
import dev.confguard.schema.DocumentSchema;
import dev.confguard.schema.JsonValues;
import dev.confguard.source.TextRange;
import dev.confguard.yaml.NodeSpan;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@link Workspace} a {@code .confguard.yaml} tree describes, starting from the
 * zero-config defaults, and checks what the schema cannot: duplicate names, folders and files that
 * do not exist, unknown placeholders, environments and rule ids. It reads defensively: a node of the
 * wrong shape was reported by the schema and is skipped here.
 */
final class ConfigFileReader {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
    private static final List<String> PLACEHOLDERS = List.of("service", "env");

    private final Path root;
    private final Path configFile;
    private final ConfigErrorList errors;
    private final Map<?, ?> tree;
    private List<String> ignore;
    private ZeroConfig.Discovery discovery;

    private ConfigFileReader(Path root, Path configFile, ConfigErrorList errors) {
        this.root = root;
        this.configFile = configFile;
        this.errors = errors;
        Object t = errors.document().tree();
        this.tree = t instanceof Map ? (Map<?, ?>) t : Map.of();
    }

    /** The workspace; meaningful only when no error was added. */
    static Workspace read(Path root, Path configFile, ConfigErrorList errors) {
        return new ConfigFileReader(root, configFile, errors).read();
    }

    private Workspace read() {
        ignore = readIgnore();
        List<Environment> environments = tree.get("environments") instanceof List ? readEnvironments()
                : tree.containsKey("environments") ? List.of() : discovery().environments();
        List<Service> services = tree.get("services") instanceof List ? readServices()
                : tree.containsKey("services") ? List.of() : discovery().services();
        List<LayerPattern> hierarchy = tree.get("hierarchy") instanceof List ? readHierarchy()
                : ZeroConfig.DEFAULT_HIERARCHY;
        Dialect dialect = tree.get("dialect") instanceof String ? Dialect.byId((String) tree.get("dialect")) : null;
        KeyStyle keys = "env".equals(tree.get("yamlKeys")) ? KeyStyle.ENV : KeyStyle.PATH;
        Map<?, ?> rules = map(tree.get("rules"));
        List<String> packs = rules.get("packs") instanceof List ? strings(rules.get("packs"))
                : ZeroConfig.DEFAULT_RULE_PACKS;
        Map<String, String> options = readRuleOptions(map(rules.get("options")));
        Set<String> ruleIds = readPacks(packs, options, rules.get("packs") instanceof List);
        Map<String, String> severities = readSeverities(map(rules.get("severity")), ruleIds);
        SecretSettings secrets = readSecrets(map(tree.get("secrets")), environments);
        return new Workspace(root, configFile, environments, services, hierarchy,
                dialect == null ? Dialect.COMMON : dialect, keys, packs, severities, ignore, secrets, options);
    }

    private ZeroConfig.Discovery discovery() {
        if (discovery == null) {
            discovery = ZeroConfig.scan(root, IgnoreGlobs.of(ignore));
        }
        return discovery;
    }

    private List<String> readIgnore() {
        List<String> globs = new ArrayList<>();
        List<?> items = list(tree.get("ignore"));
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String)) {
                continue;
            }
            String glob = (String) items.get(i);
            String problem = IgnoreGlobs.problem(glob);
            if (problem != null) {
                errors.atValue("/ignore/" + i, "ignore[" + i + "] '" + glob + "' is not a valid glob: " + problem);
            } else {
                globs.add(glob);
            }
        }
        return globs;
    }

    private List<Environment> readEnvironments() {
        List<Environment> out = new ArrayList<>();
        Map<String, String> spellings = new HashMap<>();
        List<?> items = list(tree.get("environments"));
        for (int i = 0; i < items.size(); i++) {
            String pointer = "/environments/" + i;
            Object item = items.get(i);
            String name;
            String namePointer;
            List<String> aliasPointers = new ArrayList<>();
            Boolean deployed = null;
            if (item instanceof String) {
                name = (String) item;
                namePointer = pointer;
            } else if (item instanceof Map && ((Map<?, ?>) item).get("name") instanceof String) {
                Map<?, ?> m = (Map<?, ?>) item;
                name = (String) m.get("name");
                namePointer = pointer + "/name";
                List<?> given = list(m.get("aliases"));
                for (int j = 0; j < given.size(); j++) {
                    if (given.get(j) instanceof String) {
                        aliasPointers.add(pointer + "/aliases/" + j);
                    }
                }
                deployed = m.get("deployed") instanceof Boolean ? (Boolean) m.get("deployed") : null;
            } else {
                continue;
            }
            if (!claim(spellings, name, namePointer)) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            for (String aliasPointer : aliasPointers) {
                String alias = (String) JsonValues.at(errors.document().tree(), aliasPointer);
                if (claim(spellings, alias, aliasPointer)) {
                    aliases.add(alias);
                }
            }
            out.add(new Environment(name, aliases,
                    deployed != null ? deployed : ZeroConfig.deployedByDefault(name)));
        }
        return out;
    }

    /** Records a spelling of an environment; false (with an error) when another one has it. */
    private boolean claim(Map<String, String> spellings, String spelling, String pointer) {
        String first = spellings.putIfAbsent(spelling, pointer);
        if (first == null) {
            return true;
        }
        errors.atValue(pointer, "environment name '" + spelling + "' is already used on line " + errors.lineOf(first)
                + "; each name and alias may belong to one environment only");
        return false;
    }

    private List<Service> readServices() {
        List<Service> out = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        List<?> items = list(tree.get("services"));
        for (int i = 0; i < items.size(); i++) {
            String pointer = "/services/" + i;
            if (!(items.get(i) instanceof Map) || !(((Map<?, ?>) items.get(i)).get("name") instanceof String)) {
                continue;
            }
            Map<?, ?> m = (Map<?, ?>) items.get(i);
            String name = (String) m.get("name");
            String first = names.putIfAbsent(name, pointer + "/name");
            if (first != null) {
                errors.atValue(pointer + "/name", "service '" + name + "' is already defined on line "
                        + errors.lineOf(first) + "; service names must be unique");
                continue;
            }
            String path = servicePath(m, name, pointer);
            String schema = serviceSchema(m, name, pointer);
            if (path != null) {
                out.add(new Service(name, path, schema));
            }
        }
        return out;
    }

    private String servicePath(Map<?, ?> service, String name, String pointer) {
        if (service.containsKey("path") && !(service.get("path") instanceof String)) {
            return null; // the schema reported it
        }
        boolean given = service.get("path") instanceof String;
        String raw = given ? (String) service.get("path") : name;
        String where = given ? pointer + "/path" : pointer + "/name";
        String path = insideRoot(raw);
        if (path == null) {
            errors.atValue(where, "service folder '" + raw + "' must be a path relative to the workspace root, "
                    + "inside it" + (given ? "" : " (the path defaults to the name; set 'path')"));
            return null;
        }
        if (!Files.isDirectory(root.resolve(path))) {
            errors.atValue(where, "service folder '" + raw + "' does not exist (paths are relative to the "
                    + "workspace root, the folder of the config file)"
                    + (given ? "" : "; the path defaults to the name: set 'path' to the service's folder"));
        }
        return path;
    }

    private String serviceSchema(Map<?, ?> service, String name, String pointer) {
        if (!(service.get("schema") instanceof String)) {
            return ZeroConfig.conventionalSchema(root, name);
        }
        String raw = (String) service.get("schema");
        if (raw.startsWith(BuiltinSchemas.PREFIX)) {
            String builtin = raw.substring(BuiltinSchemas.PREFIX.length());
            if (!BuiltinSchemas.names().contains(builtin)) {
                String closest = Spelling.closest(builtin, BuiltinSchemas.names());
                errors.atValue(pointer + "/schema", "no builtin schema '" + raw + "'"
                        + (closest == null ? "" : "; did you mean '" + BuiltinSchemas.PREFIX + closest + "'?")
                        + " (builtin schemas: " + BuiltinSchemas.PREFIX
                        + String.join(", " + BuiltinSchemas.PREFIX, BuiltinSchemas.names()) + ")");
                return null;
            }
            return raw;
        }
        String schema = insideRoot(raw);
        if (schema == null || schema.isEmpty()) {
            errors.atValue(pointer + "/schema", "schema '" + raw + "' must be a file path relative to the "
                    + "workspace root, inside it");
            return null;
        }
        if (!Files.isRegularFile(root.resolve(schema))) {
            errors.atValue(pointer + "/schema", "schema file '" + raw + "' does not exist (paths are relative to "
                    + "the workspace root, the folder of the config file)");
        }
        return schema;
    }

    private List<LayerPattern> readHierarchy() {
        List<LayerPattern> out = new ArrayList<>();
        List<?> items = list(tree.get("hierarchy"));
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String pointer = "/hierarchy/" + i;
            String pattern;
            boolean required = false;
            if (item instanceof String) {
                pattern = (String) item;
            } else if (item instanceof Map && ((Map<?, ?>) item).get("path") instanceof String) {
                pattern = (String) ((Map<?, ?>) item).get("path");
                pointer += "/path";
                required = Boolean.TRUE.equals(((Map<?, ?>) item).get("required"));
            } else {
                continue;
            }
            if (checkPattern(pattern, pointer)) {
                out.add(new LayerPattern(pattern.replace('\\', '/'), required));
            }
        }
        return out;
    }

    /** Only {service} and {env}, no stray braces, and a relative path that stays inside the root. */
    private boolean checkPattern(String pattern, String pointer) {
        boolean ok = true;
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(pattern, last, m.start());
            last = m.end();
            if (!PLACEHOLDERS.contains(m.group(1))) {
                ok = false;
                String suggestion = closestPlaceholder(m.group(1));
                errors.at(offsetInValue(pointer, m.group()), "unknown placeholder '" + m.group() + "' in "
                        + DocumentSchema.where(pointer)
                        + (suggestion == null ? "" : "; did you mean '{" + suggestion + "}'?")
                        + " (a layer may use {service} and {env})");
            }
        }
        rest.append(pattern.substring(last));
        int stray = Math.max(rest.indexOf("{"), rest.indexOf("}"));
        if (ok && stray >= 0) {
            ok = false;
            errors.atValue(pointer, DocumentSchema.where(pointer) + " '" + pattern + "' has a '" + rest.charAt(stray)
                    + "' that is not part of a placeholder; a layer may use {service} and {env}");
        }
        if (ok && insideRoot(pattern.replace("{service}", "s").replace("{env}", "e")) == null) {
            ok = false;
            errors.atValue(pointer, DocumentSchema.where(pointer) + " '" + pattern
                    + "' must be a path relative to the workspace root, inside it");
        }
        return ok;
    }

    /**
     * The placeholder an unknown one probably means: one that abbreviates it or that it abbreviates
     * ({srv}, {environment}), else the closest by spelling, else null.
     */
    static String closestPlaceholder(String unknown) {
        String u = unknown.toLowerCase(java.util.Locale.ROOT);
        for (String p : PLACEHOLDERS) {
            if (!u.isEmpty() && u.charAt(0) == p.charAt(0) && (isSubsequence(u, p) || isSubsequence(p, u))) {
                return p;
            }
        }
        return Spelling.closest(unknown, PLACEHOLDERS);
    }

    private static boolean isSubsequence(String small, String large) {
        int i = 0;
        for (int j = 0; j < large.length() && i < small.length(); j++) {
            if (small.charAt(i) == large.charAt(j)) {
                i++;
            }
        }
        return i == small.length();
    }

    /** The offset of {@code text} inside the value at pointer as written in the file (quotes and all). */
    private int offsetInValue(String pointer, String text) {
        TextRange range = errors.valueRange(pointer);
        if (range == null) {
            return 0;
        }
        String written = range.slice(errors.document().source().text());
        int at = written.indexOf(text);
        return range.start() + Math.max(at, 0);
    }

    private Map<String, String> readRuleOptions(Map<?, ?> given) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : given.entrySet()) {
            if (e.getValue() != null && !(e.getValue() instanceof Map) && !(e.getValue() instanceof List)) {
                out.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
            }
        }
        return out;
    }

    /**
     * Loads the rule packs (a missing pack or a bad option is an error at its line here; an error inside
     * a pack is reported at the pack's own line) and returns every rule id they and the Java rules define.
     */
    private Set<String> readPacks(List<String> packs, Map<String, String> options, boolean given) {
        Set<String> ids = new java.util.LinkedHashSet<>(RuleRegistry.builtin().ids());
        try {
            PackSet set = PackSet.resolve(packs, root, options, new PackSet.Problems() {
                @Override
                public void reference(int index, String message) {
                    errors.atValue(given ? "/rules/packs/" + index : "/rules", message);
                }

                @Override
                public void option(String name, String message) {
                    errors.atKey(NodeSpan.child("/rules/options", name), message);
                }
            });
            set.rules().forEach(r -> ids.add(r.id()));
        } catch (WorkspaceException e) {
            e.errors().forEach(errors::add);
        }
        return ids;
    }

    private Map<String, String> readSeverities(Map<?, ?> given, Set<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : given.entrySet()) {
            String id = String.valueOf(e.getKey());
            if (!ids.contains(id)) {
                errors.atKey(NodeSpan.child("/rules/severity", id), "unknown rule '" + id + "' in rules.severity"
                        + Spelling.suggestion(id, ids) + " (see 'confguard rules')");
                continue;
            }
            String severity = Boolean.FALSE.equals(e.getValue()) ? "off"
                    : e.getValue() instanceof String ? (String) e.getValue() : null;
            if (severity != null) {
                out.put(id, severity);
            }
        }
        return out;
    }

    private SecretSettings readSecrets(Map<?, ?> given, List<Environment> environments) {
        Object rawStore = given.get("store");
        String store = Boolean.FALSE.equals(rawStore) || rawStore == null ? "off"
                : rawStore instanceof String ? (String) rawStore : "off";
        String inventory = given.get("inventory") instanceof String ? (String) given.get("inventory") : null;
        if (store.equals("inventory") && inventory == null) {
            errors.atValue("/secrets/store", "secrets.store is 'inventory' but secrets.inventory names no file; "
                    + "add 'inventory: secrets-inventory.json' (relative to the workspace root)");
        }
        Map<String, String> projects = new LinkedHashMap<>();
        List<String> spellings = new ArrayList<>();
        environments.forEach(env -> spellings.addAll(env.spellings()));
        Map<String, String> byEnvironment = new HashMap<>();
        for (Map.Entry<?, ?> e : map(given.get("projects")).entrySet()) {
            String key = String.valueOf(e.getKey());
            String pointer = NodeSpan.child("/secrets/projects", key);
            Environment env = null;
            for (Environment candidate : environments) {
                if (candidate.isCalled(key)) {
                    env = candidate;
                }
            }
            if (env == null) {
                errors.atKey(pointer, "secrets.projects names '" + key + "', which is not an environment"
                        + Spelling.suggestion(key, spellings) + (spellings.isEmpty() ? "" : " (environments: "
                        + String.join(", ", environmentNames(environments)) + ")"));
                continue;
            }
            String first = byEnvironment.putIfAbsent(env.name(), pointer);
            if (first != null) {
                errors.atKey(pointer, "secrets.projects sets environment '" + env.name() + "' again (line "
                        + errors.lineOf(first) + " sets it too, by another of its names)");
                continue;
            }
            if (e.getValue() instanceof String) {
                projects.put(env.name(), (String) e.getValue());
            }
        }
        List<LayerPattern> mappings = new ArrayList<>();
        List<?> mappingItems = list(given.get("mappings"));
        for (int i = 0; i < mappingItems.size(); i++) {
            Object item = mappingItems.get(i);
            String pointer = "/secrets/mappings/" + i;
            if (item instanceof String && checkPattern((String) item, pointer)) {
                mappings.add(new LayerPattern(((String) item).replace('\\', '/'), false));
            }
        }
        List<String> literals = null;
        if (given.get("literals") instanceof List) {
            literals = new ArrayList<>();
            List<?> names = list(given.get("literals"));
            for (int i = 0; i < names.size(); i++) {
                String name = String.valueOf(names.get(i));
                boolean known = false;
                for (Environment env : environments) {
                    known |= env.isCalled(name);
                }
                if (!known) {
                    errors.atValue("/secrets/literals/" + i, "secrets.literals names '" + name
                            + "', which is not an environment" + Spelling.suggestion(name, spellings));
                }
                literals.add(name);
            }
        }
        String syntax = given.get("syntax") instanceof String ? (String) given.get("syntax") : null;
        return new SecretSettings(store, inventory, projects, mappings, literals, syntax);
    }

    private static List<String> environmentNames(List<Environment> environments) {
        List<String> names = new ArrayList<>();
        environments.forEach(env -> names.add(env.name()));
        return names;
    }

    /**
     * A path relative to the root, normalised with forward slashes ({@code ""} for the root itself),
     * or null when it is absolute, leaves the root or is not a path at all.
     */
    static String insideRoot(String raw) {
        try {
            Path p = Path.of(raw.replace('\\', '/'));
            if (p.isAbsolute() || raw.startsWith("/") || raw.startsWith("\\")) {
                return null;
            }
            Path n = p.normalize();
            String s = n.toString().replace('\\', '/');
            if (s.equals("..") || s.startsWith("../")) {
                return null;
            }
            return s.equals(".") ? "" : s;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static List<?> list(Object node) {
        return node instanceof List ? (List<?>) node : List.of();
    }

    private static Map<?, ?> map(Object node) {
        return node instanceof Map ? (Map<?, ?>) node : Map.of();
    }

    private static List<String> strings(Object node) {
        List<String> out = new ArrayList<>();
        for (Object o : list(node)) {
            if (o instanceof String) {
                out.add((String) o);
            }
        }
        return out;
    }
}
