package dev.confguard.resolve;

import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.errors.Spelling;
import dev.confguard.errors.UsageException;
import dev.confguard.workspace.Environment;
import dev.confguard.workspace.KeyStyle;
import dev.confguard.workspace.LayerPattern;
import dev.confguard.workspace.Service;
import dev.confguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes what each service sees in each environment: walks the workspace hierarchy lowest
 * precedence first, layers every file found (later layers override earlier ones, the chain keeps them
 * all), then expands references ({@link Interpolator}). Files are parsed once per run through the
 * shared {@link SourceCache} and read through the dialect once per file; resolutions of different
 * pairs are independent and run in parallel.
 *
 * <p>For each level and each spelling of the environment (name first, then aliases) the resolver
 * looks for {@code root/pattern.expand(service.path(), spelling)}; a level without {@code {env}} is
 * looked for once, and the same file reached twice in one chain counts once, at its first position.
 * When a level has a file under several spellings, they layer in that order, so an alias's file
 * overrides the name's.
 *
 * <p>Interpolation is a workspace feature applied on top of every dialect: the dialect decides what
 * a value reads as, then references in it are expanded, except in {@code .env} values the parser saw
 * single-quoted, which stay literal as in shells and docker compose. A value without {@code $} is
 * therefore exactly what the dialect's reader returns.
 */
public final class Resolver {
    private final Workspace workspace;
    private final SourceCache cache;
    private final ResolveOptions options;
    private final LayerReader reader;
    private final Memo<Path, LayerContent> contents;
    private final Memo<Placement, List<ValueOrigin>> origins;
    private final Interpolator interpolator;

    public Resolver(Workspace workspace, SourceCache sourceCache, ResolveOptions options) {
        this.workspace = workspace;
        this.cache = sourceCache;
        this.options = options;
        Dialect dialect = workspace.dialect() == null ? Dialect.COMMON : workspace.dialect();
        KeyStyle keys = workspace.yamlKeys() == null ? KeyStyle.PATH : workspace.yamlKeys();
        this.reader = new LayerReader(dialect.reader(), keys);
        this.contents = new Memo<>(path -> reader.read(cache.get(path)));
        this.origins = new Memo<>(this::originsOf);
        this.interpolator = new Interpolator(options.processEnv());
    }

    /**
     * Every (service, environment) pair, resolved in parallel, sorted by service then environment in
     * workspace order. An empty or null filter means all; a filter names services, and environments
     * by name or alias.
     *
     * @throws UsageException for a name the workspace does not have
     */
    public List<ResolvedConfig> resolveAll(List<String> serviceFilter, List<String> envFilter) {
        List<Pair> pairs = pairs(serviceFilter, envFilter);
        Map<Path, AtomicInteger> uses = new HashMap<>();
        for (Pair pair : pairs) {
            for (Path file : layerPathsOf(pair)) {
                uses.computeIfAbsent(file, f -> new AtomicInteger()).incrementAndGet();
            }
        }
        return pairs.parallelStream().map(p -> {
            ResolvedConfig config = resolve(p.service, p.environment);
            for (Path file : layerPathsOf(p)) {
                if (uses.get(file).decrementAndGet() == 0) {
                    forget(file);
                }
            }
            return config;
        }).collect(Collectors.toList());
    }

    /**
     * Drops what was read from a file once the last pair that layers it is resolved: a large
     * repository's layers do not all need to be in memory at once. Asked for again, it is read again.
     */
    private void forget(Path file) {
        contents.remove(file);
        for (int index = 0; index < workspace.hierarchy().size(); index++) {
            origins.remove(new Placement(file, index));
        }
    }

    /** The files one pair would layer, absolute, each once, whether or not they exist. */
    private Set<Path> layerPathsOf(Pair pair) {
        Set<Path> out = new LinkedHashSet<>();
        for (LayerPattern pattern : workspace.hierarchy()) {
            List<String> spellings = pattern.usesEnvironment() ? pair.environment.spellings()
                    : List.of(pair.environment.name());
            for (String spelling : spellings) {
                out.add(workspace.root().resolve(pattern.expand(pair.service.path(), spelling))
                        .toAbsolutePath().normalize());
            }
        }
        return out;
    }

    private List<Pair> pairs(List<String> serviceFilter, List<String> envFilter) {
        List<Service> services = select(workspace.services(), serviceFilter, "service",
                name -> workspace.service(name), Service::name);
        List<Environment> environments = select(workspace.environments(), envFilter, "environment",
                name -> workspace.environment(name), Environment::name);
        List<Pair> pairs = new ArrayList<>();
        for (Service s : services) {
            for (Environment e : environments) {
                pairs.add(new Pair(s, e));
            }
        }
        return pairs;
    }

    /**
     * Every file the selected pairs would layer, absolute, in the order {@link #resolveAll} reaches them
     * (pair by pair, lowest level first), each once, whether or not it exists; nothing is read.
     */
    public List<Path> layerPaths(List<String> serviceFilter, List<String> envFilter) {
        Set<Path> out = new LinkedHashSet<>();
        for (Pair pair : pairs(serviceFilter, envFilter)) {
            out.addAll(layerPathsOf(pair));
        }
        return new ArrayList<>(out);
    }

    /**
     * Reads a layer file through the dialect now, once, so that its parsed document can be released
     * before the pairs are resolved ({@link SourceCache#release}); resolving reads it from here.
     */
    public void readLayer(Path file) {
        contents.get(file.toAbsolutePath().normalize());
    }

    public ResolvedConfig resolve(Service service, Environment environment) {
        List<LayerFile> layers = new ArrayList<>();
        List<ResolutionIssue> issues = new ArrayList<>();
        Map<String, Layered> layered = new LinkedHashMap<>(64);
        Map<Path, Boolean> reached = new HashMap<>();
        List<LayerPattern> hierarchy = workspace.hierarchy();
        for (int index = 0; index < hierarchy.size(); index++) {
            LayerPattern pattern = hierarchy.get(index);
            List<String> spellings = pattern.usesEnvironment() ? environment.spellings() : List.of(environment.name());
            boolean present = false;
            List<String> lookedFor = new ArrayList<>();
            for (String spelling : spellings) {
                Path file = workspace.root().resolve(pattern.expand(service.path(), spelling)).toAbsolutePath().normalize();
                Boolean exists = reached.get(file);
                if (exists != null) {
                    present |= exists;
                    continue;
                }
                LayerContent content = contents.get(file);
                exists = !(content instanceof LayerContent.Absent);
                reached.put(file, exists);
                present |= exists;
                lookedFor.add(content.file());
                layers.add(new LayerFile(index, pattern.pattern(), content.file(), exists, pattern.required()));
                if (content instanceof LayerContent.Unusable) {
                    LayerContent.Unusable unusable = (LayerContent.Unusable) content;
                    issues.add(new ResolutionIssue(ResolutionIssue.Kind.UNUSABLE_LAYER, null,
                            origin(content.file(), unusable.at(), index, pattern),
                            unusable.file() + " cannot be used (" + unusable.reason() + "); its keys are missing from "
                                    + pairName(service, environment), List.of()));
                } else if (content instanceof LayerContent.Read) {
                    layer(file, (LayerContent.Read) content, index, pattern, layered, issues, service, environment);
                }
            }
            if (pattern.required() && !present) {
                issues.add(new ResolutionIssue(ResolutionIssue.Kind.MISSING_REQUIRED_LAYER, null, null,
                        "required layer " + pattern.pattern() + " has no file for " + pairName(service, environment)
                                + " (looked for " + String.join(", ", lookedFor) + ")", List.of()));
            }
        }
        return new ResolvedConfig(service, environment, interpolate(layered, issues), layers, issues);
    }

    private void layer(Path file, LayerContent.Read content, int index, LayerPattern pattern,
                       Map<String, Layered> layered, List<ResolutionIssue> issues, Service service,
                       Environment environment) {
        List<LayerContent.Binding> bindings = content.bindings();
        List<ValueOrigin> at = origins.get(new Placement(file, index));
        for (int i = 0; i < bindings.size(); i++) {
            LayerContent.Binding b = bindings.get(i);
            Layered l = layered.get(b.key());
            if (l == null) {
                l = new Layered();
                layered.put(b.key(), l);
            }
            l.set(b, at.get(i));
        }
        if (content.syntaxError() != null) {
            ValueOrigin where = origin(content.file(), content.syntaxError(), index, pattern);
            issues.add(new ResolutionIssue(ResolutionIssue.Kind.LAYER_SYNTAX_ERROR, null, where,
                    content.file() + " has a syntax error at line " + where.line() + "; "
                            + (content.partial() ? "keys after it are" : "its keys are") + " missing from "
                            + pairName(service, environment), List.of()));
        }
    }

    /**
     * The origins of a file's bindings at one hierarchy level, built once and shared by every pair
     * that layers the file there (most files sit at the same level for every pair).
     */
    private List<ValueOrigin> originsOf(Placement placement) {
        LayerContent.Read content = (LayerContent.Read) contents.get(placement.file);
        String pattern = workspace.hierarchy().get(placement.layerIndex).pattern();
        List<ValueOrigin> out = new ArrayList<>(content.bindings().size());
        for (LayerContent.Binding b : content.bindings()) {
            LayerContent.Span span = b.span();
            out.add(new ValueOrigin(content.file(), span.line(), span.column(), span.endLine(), span.endColumn(),
                    placement.layerIndex, pattern));
        }
        return out;
    }

    private Map<String, ResolvedValue> interpolate(Map<String, Layered> layered, List<ResolutionIssue> issues) {
        Map<String, Interpolator.Input> inputs = new LinkedHashMap<>(Interpolator.capacity(layered.size()));
        for (Map.Entry<String, Layered> e : layered.entrySet()) {
            LayerContent.Binding winner = e.getValue().binding;
            inputs.put(e.getKey(), new Interpolator.Input(winner.raw(), winner.literal(), winner.template()));
        }
        Interpolator.Result result = interpolator.expand(inputs);
        for (InterpolationProblem problem : result.problems()) {
            issues.add(issue(problem, layered));
        }
        ResolvedValues values = ResolvedValues.withCapacity(layered.size());
        for (Map.Entry<String, Layered> e : layered.entrySet()) {
            String key = e.getKey();
            values.add(key, result.values().get(key), e.getValue().binding.raw(), e.getValue().chain);
        }
        return values;
    }

    private ResolutionIssue issue(InterpolationProblem problem, Map<String, Layered> layered) {
        String key = problem.key();
        ValueOrigin at = layered.get(key).winner();
        switch (problem.kind()) {
            case UNDEFINED_VARIABLE:
                String name = problem.keys().get(0);
                return new ResolutionIssue(problem.kind(), key, at, key + " refers to " + name + ", which is not set"
                        + (options.processEnv().isEmpty() ? " (the process environment is read only with --process-env)"
                        : " here or in the process environment") + " and has no default; it expands to \"\"",
                        List.of());
            case INTERPOLATION_CYCLE:
                if (problem.keys().isEmpty()) {
                    return new ResolutionIssue(problem.kind(), key, at, "more interpolation cycles, first through " + key
                            + ", are not listed (only the first " + Interpolator.MAX_CYCLES_LISTED + " are)", List.of());
                }
                List<String> shown = shownChain(problem.keys());
                List<ValueOrigin> related = new ArrayList<>();
                for (String other : shown.subList(1, shown.size() - 1)) {
                    if (!other.equals(key) && layered.containsKey(other)) {
                        related.add(layered.get(other).winner());
                    }
                }
                return new ResolutionIssue(problem.kind(), key, at, "interpolation cycle: " + String.join(" → ", shown)
                        + "; the reference that closes it expands to its default or \"\"", related);
            case VALUE_TOO_LARGE:
                return new ResolutionIssue(problem.kind(), key, at, key + " expands to more than "
                        + (Interpolator.MAX_VALUE_CHARS >> 20) + " MiB (or the configuration's expanded values to more than "
                        + (Interpolator.MAX_TOTAL_CHARS >> 20) + " MiB); its value is left empty", List.of());
            default:
                return new ResolutionIssue(problem.kind(), key, at, key + " has a '${' that does not start a valid "
                        + "reference (${NAME}, ${NAME:-default}, ${NAME-default}); it is kept as written", List.of());
        }
    }

    /** A cycle's keys, with the middle of a very long one elided: A → B → … (n more) … → Y → A. */
    static List<String> shownChain(List<String> chain) {
        int keep = 10;
        if (chain.size() <= 2 * keep + 1) {
            return chain;
        }
        List<String> shown = new ArrayList<>(chain.subList(0, keep));
        shown.add("… (" + (chain.size() - 2 * keep) + " more) …");
        shown.addAll(chain.subList(chain.size() - keep, chain.size()));
        return shown;
    }

    private static ValueOrigin origin(String file, LayerContent.Span span, int index, LayerPattern pattern) {
        return new ValueOrigin(file, span.line(), span.column(), span.endLine(), span.endColumn(), index, pattern.pattern());
    }

    private static String pairName(Service service, Environment environment) {
        return service.name() + " in " + environment.name();
    }

    private static <T> List<T> select(List<T> all, List<String> filter, String what, Function<String, T> lookup,
                                      Function<T, String> nameOf) {
        if (filter == null || filter.isEmpty()) {
            return all;
        }
        List<T> wanted = new ArrayList<>();
        for (String name : filter) {
            T found = lookup.apply(name);
            if (found == null) {
                List<String> names = all.stream().map(nameOf).collect(Collectors.toList());
                throw new UsageException("unknown " + what + " '" + name + "'" + Spelling.suggestion(name, names));
            }
            wanted.add(found);
        }
        List<T> inOrder = new ArrayList<>();
        for (T t : all) {
            if (wanted.contains(t)) {
                inOrder.add(t);
            }
        }
        return inOrder;
    }

    /** A (service, environment) pair to resolve. */
    private static final class Pair {
        final Service service;
        final Environment environment;

        Pair(Service service, Environment environment) {
            this.service = service;
            this.environment = environment;
        }
    }

    /** A file at one hierarchy level. */
    private record Placement(Path file, int layerIndex) {
    }

    /** One key while layering: every origin so far and the latest binding. */
    private static final class Layered {
        final List<ValueOrigin> chain = new ArrayList<>(2);
        LayerContent.Binding binding;

        void set(LayerContent.Binding binding, ValueOrigin origin) {
            chain.add(origin);
            this.binding = binding;
        }

        ValueOrigin winner() {
            return chain.get(chain.size() - 1);
        }
    }
}
