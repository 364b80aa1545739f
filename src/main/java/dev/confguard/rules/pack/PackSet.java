package dev.confguard.rules.pack;

import dev.confguard.engine.DisplayPaths;
import dev.confguard.errors.Spelling;
import dev.confguard.errors.UsageException;
import dev.confguard.rules.Rule;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.source.SourceFile;
import dev.confguard.workspace.ConfigError;
import dev.confguard.workspace.ConfigErrorList;
import dev.confguard.workspace.Workspace;
import dev.confguard.workspace.WorkspaceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule packs in effect for a run: the packs named ({@code builtin:NAME} or a file), each after the
 * packs it extends, every pack once, with the workspace's option choices applied. Their rules join the
 * one registry next to the Java rules. Builtin packs are read from the jar once per process.
 */
public final class PackSet {
    /** The packs shipped with confguard: {@code builtin:NAME} is {@code rules/NAME.yaml} of the repository. */
    public static final List<String> BUILTIN = List.of("core", "netra");
    public static final String BUILTIN_PREFIX = "builtin:";

    private static final Map<String, PackSource> BUILTIN_SOURCES = new ConcurrentHashMap<>();
    /** Builtin packs skip the schema at run time (BuiltinPacksTest validates them); tests may turn it on. */
    static volatile boolean VALIDATE_BUILTIN = false;
    private static volatile PackSet catalog;

    private final List<PackSource> packs;
    private final List<PackRule> rules;
    private final Map<String, String> choices;

    private PackSet(List<PackSource> packs, List<PackRule> rules, Map<String, String> choices) {
        this.packs = List.copyOf(packs);
        this.rules = List.copyOf(rules);
        this.choices = Map.copyOf(choices);
    }

    /** Where a pack list or an option setting is wrong, for the caller to place (config line or flag). */
    public interface Problems {
        void reference(int index, String message);

        void option(String name, String message);
    }

    /**
     * The packs named by {@code references} (files relative to {@code base}) with {@code options}
     * ({@code PACK.NAME → choice}). Problems with the names and options go to {@code problems}; a pack
     * that cannot be used throws a {@link WorkspaceException} with every error in it, at its lines.
     */
    public static PackSet resolve(List<String> references, Path base, Map<String, String> options, Problems problems) {
        return resolve(references, base, options, problems, Path.of("").toAbsolutePath());
    }

    /** As {@link #resolve(List, Path, Map, Problems)}, naming pack files relative to {@code cwd} in messages. */
    public static PackSet resolve(List<String> references, Path base, Map<String, String> options, Problems problems,
                                  Path cwd) {
        List<PackSource> ordered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ConfigError> errors = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            String ref = references.get(i);
            PackSource source;
            try {
                source = open(ref, base, cwd);
            } catch (WorkspaceException e) {
                errors.addAll(e.errors());
                continue;
            }
            if (source == null) {
                problems.reference(i, unknownReference(ref, base, cwd));
                continue;
            }
            add(source, ordered, seen, new ArrayList<>(), errors, cwd);
        }
        if (!errors.isEmpty()) {
            throw new WorkspaceException(errors);
        }
        Map<String, PackOption> known = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (PackSource p : ordered) {
            String other = names.putIfAbsent(p.name(), p.reference());
            if (other != null && !other.equals(p.reference())) {
                errors.add(new ConfigError(p.reference(), 1, 1, "pack name '" + p.name() + "' is also the name of "
                        + other + "; two packs in effect need two names"));
            }
            p.options().values().forEach(o -> known.put(o.qualifiedName(), o));
        }
        Map<String, String> choices = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : options.entrySet()) {
            PackOption o = known.get(e.getKey());
            if (o == null) {
                problems.option(e.getKey(), "unknown rule option '" + e.getKey() + "'"
                        + Spelling.suggestion(e.getKey(), known.keySet()) + (known.isEmpty()
                        ? " (the packs in effect have no options)" : " (options: " + String.join(", ", known.keySet())
                        + ")"));
            } else if (!o.choices().contains(e.getValue())) {
                problems.option(e.getKey(), "rule option " + e.getKey() + " is '" + e.getValue() + "'; expected one of: "
                        + String.join(", ", o.choices()) + Spelling.suggestion(e.getValue(), o.choices()));
            } else {
                choices.put(e.getKey(), e.getValue());
            }
        }
        List<PackRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (PackSource p : ordered) {
            try {
                for (PackRule r : p.build(choices)) {
                    if (!ids.add(r.id())) {
                        errors.add(new ConfigError(p.reference(), 1, 1, "rule " + r.id() + " is defined twice"));
                    }
                    rules.add(r);
                }
            } catch (WorkspaceException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new WorkspaceException(errors);
        }
        List<IsolationRule> precise = new ArrayList<>();
        for (PackRule r : rules) {
            if (r instanceof IsolationRule && !((IsolationRule) r).isGeneric()) {
                precise.add((IsolationRule) r);
            }
        }
        for (PackRule r : rules) {
            if (r instanceof IsolationRule && ((IsolationRule) r).isGeneric()) {
                ((IsolationRule) r).deferTo(precise);
            }
        }
        return new PackSet(ordered, rules, choices);
    }

    /**
     * The packs of a run: {@code --rules} when given (files relative to the working directory), else the
     * workspace's {@code rules.packs}; options are the workspace's with {@code --rule-option} laid over.
     */
    public static PackSet forRun(Workspace workspace, List<String> cliPacks, Map<String, String> cliOptions,
                                 Path workingDirectory) {
        boolean fromCli = !cliPacks.isEmpty();
        List<String> refs = fromCli ? cliPacks : workspace.rulePacks();
        Path base = fromCli ? workingDirectory : workspace.root();
        Map<String, String> options = new LinkedHashMap<>(workspace.ruleOptions());
        options.putAll(cliOptions);
        List<String> messages = new ArrayList<>();
        PackSet set = resolve(refs, base, options, new Problems() {
            @Override
            public void reference(int index, String message) {
                messages.add("--rules " + refs.get(index) + ": " + message);
            }

            @Override
            public void option(String name, String message) {
                if (cliOptions.containsKey(name)) {
                    messages.add("--rule-option " + name + ": " + message);
                }
            }
        }, workingDirectory);
        if (!messages.isEmpty()) {
            throw new UsageException(String.join("; ", messages));
        }
        return set;
    }

    /** Every builtin pack with its default options: what {@code confguard rules} and {@code explain} list. */
    public static PackSet catalog() {
        PackSet c = catalog;
        if (c == null) {
            List<String> refs = new ArrayList<>();
            BUILTIN.forEach(name -> refs.add(BUILTIN_PREFIX + name));
            c = resolve(refs, Path.of(""), Map.of(), new Problems() {
                @Override
                public void reference(int index, String message) {
                    throw new IllegalStateException(message);
                }

                @Override
                public void option(String name, String message) {
                    throw new IllegalStateException(message);
                }
            });
            catalog = c;
        }
        return c;
    }

    /** A builtin pack checked against the schema, as a file pack is: for the tests that keep the builtin packs valid. */
    static PackSource readBuiltinStrictly(String name) {
        boolean before = VALIDATE_BUILTIN;
        VALIDATE_BUILTIN = true;
        try {
            return readBuiltin(name);
        } finally {
            VALIDATE_BUILTIN = before;
        }
    }

    /** The Java rules and the rules of every builtin pack: the catalogue {@code rules}, {@code explain} and docs show. */
    public static RuleRegistry catalogRegistry() {
        return RuleRegistry.builtin().with(catalog().rules());
    }

    public List<PackRule> rules() {
        return rules;
    }

    /** The packs in effect, extended ones first, as their references ({@code builtin:core}, a path). */
    public List<String> references() {
        List<String> out = new ArrayList<>();
        packs.forEach(p -> out.add(p.reference()));
        return out;
    }

    /** Every option of the packs in effect, with the choice in force. */
    public Map<PackOption, String> options() {
        Map<PackOption, String> out = new LinkedHashMap<>();
        for (PackSource p : packs) {
            for (PackOption o : p.options().values()) {
                out.put(o, choices.getOrDefault(o.qualifiedName(), o.defaultChoice()));
            }
        }
        return out;
    }

    /**
     * A selector that names a rule of a builtin pack not in effect is a usage error that says which
     * pack to add, rather than a bare "unknown rule".
     */
    public void explainUnknownSelectors(RuleRegistry registry, List<String> selectors) {
        for (String s : selectors) {
            if (registry.knowsSelector(s)) {
                continue;
            }
            for (Rule r : catalog().rules()) {
                if (r.id().equals(s) || r.id().startsWith(s + "/")) {
                    throw new UsageException("rule '" + s + "' belongs to " + ((PackRule) r).pack()
                            + ", which is not in effect; add it with --rules " + ((PackRule) r).pack()
                            + " or under rules.packs in .confguard.yaml");
                }
            }
        }
    }

    private static void add(PackSource source, List<PackSource> ordered, Set<String> seen, List<String> path,
                            List<ConfigError> errors, Path cwd) {
        if (!seen.add(source.reference())) {
            return;
        }
        path.add(source.reference());
        Path base = source.file() == null ? Path.of("") : source.file().getParent();
        List<String> refs = source.extendsRefs();
        for (int j = 0; j < refs.size(); j++) {
            String ref = refs.get(j);
            ConfigErrorList here = source.newErrors();
            PackSource parent;
            try {
                parent = open(ref, base, cwd);
            } catch (WorkspaceException e) {
                errors.addAll(e.errors());
                continue;
            }
            if (parent == null) {
                here.atValue("/extends/" + j, unknownReference(ref, base, cwd));
            } else if (path.contains(parent.reference())) {
                here.atValue("/extends/" + j, "extends " + ref + ", which extends this pack again: "
                        + String.join(" → ", path) + " → " + parent.reference());
            } else {
                add(parent, ordered, seen, path, errors, cwd);
            }
            errors.addAll(here.sorted());
        }
        path.remove(path.size() - 1);
        ordered.add(source);
    }

    /** The pack a reference names, or null when there is none; throws when it exists but cannot be used. */
    private static PackSource open(String ref, Path base, Path cwd) {
        if (ref.startsWith(BUILTIN_PREFIX)) {
            String name = ref.substring(BUILTIN_PREFIX.length());
            if (!BUILTIN.contains(name)) {
                return null;
            }
            return BUILTIN_SOURCES.computeIfAbsent(name, PackSet::readBuiltin);
        }
        Path file = base.resolve(ref).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            String shown = DisplayPaths.of(cwd, file);
            throw new WorkspaceException(new ConfigError(shown, 0, 0, "cannot read the rule pack: " + e.getMessage()));
        }
        String shown = DisplayPaths.of(cwd, file);
        return PackSource.read(SourceFile.of(file, shown, bytes), shown, file);
    }

    private static PackSource readBuiltin(String name) {
        String resource = "/dev/confguard/rules/packs/" + name + ".yaml";
        try (InputStream in = PackSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the build lost " + resource + " (rules/ is a resource folder)");
            }
            return PackSource.read(SourceFile.of(null, BUILTIN_PREFIX + name, in.readAllBytes()), BUILTIN_PREFIX + name,
                    null, VALIDATE_BUILTIN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unknownReference(String ref, Path base, Path cwd) {
        if (ref.startsWith(BUILTIN_PREFIX)) {
            List<String> names = new ArrayList<>();
            BUILTIN.forEach(n -> names.add(BUILTIN_PREFIX + n));
            return "no builtin rule pack '" + ref + "'" + Spelling.suggestion(ref, names) + " (builtin packs: "
                    + String.join(", ", names) + ")";
        }
        String folder = DisplayPaths.of(cwd, base.toAbsolutePath());
        return "rule pack file '" + ref + "' does not exist (relative to " + (folder.isEmpty() ? "." : folder)
                + "; builtin packs are written builtin:NAME)";
    }
}
