package dev.confguard.rules.pack;

import dev.confguard.findings.Severity;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.SourceFile;
import dev.confguard.workspace.ConfigErrorList;
import dev.confguard.workspace.ConfigSchema;
import dev.confguard.workspace.WorkspaceException;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigParser;
import dev.confguard.yaml.ConfigProblem;
import dev.confguard.yaml.NodeSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule pack file, parsed and validated against {@code schemas/rulepack.schema.json} (errors at
 * their line, like {@code .confguard.yaml}): its name, options and extends, and its rules, built for
 * a given choice of options.
 */
final class PackSource {
    static final String SCHEMA = "/schemas/rulepack.schema.json";

    private final String reference;
    private final Path file;
    private final ConfigDocument document;
    private final String name;
    private final String description;
    private final List<String> extendsRefs;
    private final Map<String, PackOption> options;
    private final List<Map<?, ?>> rules;

    private PackSource(String reference, Path file, ConfigDocument document, String name, String description,
                       List<String> extendsRefs, Map<String, PackOption> options, List<Map<?, ?>> rules) {
        this.reference = reference;
        this.file = file;
        this.document = document;
        this.name = name;
        this.description = description;
        this.extendsRefs = extendsRefs;
        this.options = options;
        this.rules = rules;
    }

    /** Parses and validates a pack; every problem in it is in the exception. */
    static PackSource read(SourceFile source, String reference, Path file) {
        return read(source, reference, file, true);
    }

    /**
     * As {@link #read(SourceFile, String, Path)}; {@code againstSchema} false skips the JSON Schema pass,
     * for the builtin packs, which the test suite validates (it is most of the cost of loading a pack).
     */
    static PackSource read(SourceFile source, String reference, Path file, boolean againstSchema) {
        ConfigDocument document = ConfigParser.parse(source);
        ConfigErrorList errors = new ConfigErrorList(document);
        boolean readable = true;
        for (ConfigProblem problem : document.problems()) {
            if (problem.kind() == ConfigProblem.Kind.IMPLICIT_TYPE) {
                continue;
            }
            errors.at(problem.range(), (problem.kind() == ConfigProblem.Kind.SYNTAX ? "YAML syntax error: " : "")
                    + problem.message());
            readable &= problem.kind() != ConfigProblem.Kind.SYNTAX;
        }
        if (readable && !(document.tree() instanceof Map)) {
            errors.at(0, "a rule pack is a mapping with 'version: 1', 'pack' and 'rules'");
        } else if (readable && againstSchema) {
            ConfigSchema.validate(SCHEMA, document, errors);
        }
        if (!errors.isEmpty()) {
            throw new WorkspaceException(errors.sorted());
        }
        Map<?, ?> tree = (Map<?, ?>) document.tree();
        String name = String.valueOf(tree.get("pack"));
        Map<String, PackOption> options = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map(tree.get("options")).entrySet()) {
            String option = String.valueOf(e.getKey());
            Map<?, ?> o = map(e.getValue());
            List<String> choices = strings(o.get("choices"));
            String chosen = String.valueOf(o.get("default"));
            if (!choices.contains(chosen)) {
                errors.atValue(NodeSpan.child("/options", option) + "/default", "option " + name + "." + option
                        + ": default '" + chosen + "' is not one of its choices (" + String.join(", ", choices) + ")");
            }
            options.put(option, new PackOption(name, option, o.get("description") == null ? null
                    : String.valueOf(o.get("description")), choices, chosen));
        }
        List<Map<?, ?>> rules = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        List<?> items = tree.get("rules") instanceof List ? (List<?>) tree.get("rules") : List.of();
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> rule = map(items.get(i));
            rules.add(rule);
            String id = String.valueOf(rule.get("id"));
            if (!id.startsWith(name + "/")) {
                errors.atValue("/rules/" + i + "/id", "rule id '" + id + "' must start with the pack's name: '"
                        + name + "/'");
            }
            Integer first = ids.putIfAbsent(id, i);
            if (first != null) {
                errors.atValue("/rules/" + i + "/id", "rule id '" + id + "' is already used on line "
                        + errors.lineOf("/rules/" + first + "/id"));
            }
        }
        if (!errors.isEmpty()) {
            throw new WorkspaceException(errors.sorted());
        }
        return new PackSource(reference, file, document, name, tree.get("description") == null ? null
                : String.valueOf(tree.get("description")), strings(tree.get("extends")), options, rules);
    }

    String reference() {
        return reference;
    }

    /** The pack file, or null for a builtin pack. */
    Path file() {
        return file;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    List<String> extendsRefs() {
        return extendsRefs;
    }

    Map<String, PackOption> options() {
        return options;
    }

    ConfigErrorList newErrors() {
        return new ConfigErrorList(document);
    }

    /** The pack's rules with these option choices ({@code PACK.NAME → choice}; defaults for the rest). */
    List<PackRule> build(Map<String, String> choices) {
        ConfigErrorList errors = new ConfigErrorList(document);
        List<PackRule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            PackRule rule = build(i, choices, errors);
            if (rule != null) {
                out.add(rule);
            }
        }
        if (!errors.isEmpty()) {
            throw new WorkspaceException(errors.sorted());
        }
        return out;
    }

    private PackRule build(int index, Map<String, String> choices, ConfigErrorList errors) {
        String pointer = "/rules/" + index;
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, String> pointers = new HashMap<>();
        rules.get(index).forEach((k, v) -> fields.put(String.valueOf(k), v));
        String option = fields.get("option") == null ? null : String.valueOf(fields.get("option"));
        Map<?, ?> variants = map(fields.get("variants"));
        if (option != null || !variants.isEmpty()) {
            PackOption o = option == null ? null : options.get(option);
            if (o == null) {
                errors.atValue(pointer + (option == null ? "/variants" : "/option"), option == null
                        ? "variants need 'option' (the pack option that picks one)"
                        : "unknown option '" + option + "'" + dev.confguard.errors.Spelling.suggestion(option,
                        options.keySet()) + (options.isEmpty() ? " (the pack declares no options)" : ""));
                return null;
            }
            for (Object choice : variants.keySet()) {
                if (!o.choices().contains(String.valueOf(choice))) {
                    errors.atKey(NodeSpan.child(pointer + "/variants", String.valueOf(choice)), "variant '" + choice
                            + "' is not a choice of option " + o.qualifiedName() + " (" + String.join(", ", o.choices())
                            + ")");
                }
            }
            String chosen = choices.getOrDefault(o.qualifiedName(), o.defaultChoice());
            Map<?, ?> variant = map(variants.get(chosen));
            for (Map.Entry<?, ?> e : variant.entrySet()) {
                String field = String.valueOf(e.getKey());
                fields.put(field, e.getValue());
                pointers.put(field, NodeSpan.child(NodeSpan.child(pointer + "/variants", chosen), field));
            }
        }
        RuleSpec spec = new RuleSpec(fields, pointers, pointer, errors, name);
        String id = spec.string("id");
        String kind = spec.string("kind");
        Severity severity = spec.has("severity") ? spec.severity("severity") : Severity.ERROR;
        RuleMeta meta = new RuleMeta(id, spec.string("summary"), severity, Fixability.NONE, spec.bool("enabled", true));
        RuleSpec d = spec.nested("doc");
        PackDoc doc = new PackDoc(d.string("what"), d.string("why"), d.string("example"), d.string("fix"),
                d.string("notes"));
        Map<String, Severity> perEnvironment = new LinkedHashMap<>();
        spec.map("environmentSeverity").forEach((k, v) -> perEnvironment.put(String.valueOf(k),
                Severity.parse(String.valueOf(v))));
        PackRule.Common common = new PackRule.Common(meta, doc, Scope.of(spec), spec.string("message"),
                perEnvironment, reference, kind);
        PackRule rule = Kinds.build(kind, spec, common);
        return spec.failed() ? null : rule;
    }

    private static Map<?, ?> map(Object node) {
        return node instanceof Map ? (Map<?, ?>) node : Map.of();
    }

    private static List<String> strings(Object node) {
        List<String> out = new ArrayList<>();
        if (node instanceof List) {
            for (Object o : (List<?>) node) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }
}
