package dev.confguard.engine;

import dev.confguard.findings.Finding;
import dev.confguard.findings.Suppressions;
import dev.confguard.resolve.CachedFile;
import dev.confguard.resolve.LayerError;
import dev.confguard.resolve.LayerFile;
import dev.confguard.resolve.Resolver;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.rules.Fingerprints;
import dev.confguard.rules.ResolvedConfigRule;
import dev.confguard.rules.ResolvedContext;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.RuleSelection;
import dev.confguard.rules.SecretSpanRule;
import dev.confguard.rules.WorkspaceContext;
import dev.confguard.rules.WorkspaceFacts;
import dev.confguard.rules.WorkspaceRule;
import dev.confguard.rules.pack.PackSet;
import dev.confguard.rules.schema.SchemaProblemRule;
import dev.confguard.schema.SchemaReport;
import dev.confguard.schema.SchemaSet;
import dev.confguard.secrets.SecretMask;
import dev.confguard.secrets.verify.MappingFiles;
import dev.confguard.secrets.verify.SecretVerification;
import dev.confguard.source.LineIndex;
import dev.confguard.source.SourceFile;
import dev.confguard.source.TextRange;
import dev.confguard.workspace.IgnoreGlobs;
import dev.confguard.workspace.KeyStyle;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code confguard check}: load the workspace, resolve every selected (service, environment), run the
 * file rules on every file once (the .env files of the tree and the layers used), then the rules on
 * each resolved configuration, and gather one report.
 */
public final class CheckEngine {
    private static final String SECRETS_RULES = "secrets/";
    private final RuleRegistry registry;

    public CheckEngine(RuleRegistry registry) {
        this.registry = registry;
    }

    public Report run(CheckRequest request) {
        WorkspaceRun run = WorkspaceRun.open(request.workingDirectory(), request.dir(), request.configFile(),
                request.maxFileBytes(), request.processEnv());
        Workspace workspace = run.workspace();
        PackSet packs = PackSet.forRun(workspace, request.rulePacks(), request.ruleOptions(),
                request.workingDirectory());
        RuleRegistry registry = this.registry.with(packs.rules());
        packs.explainUnknownSelectors(registry, request.select());
        packs.explainUnknownSelectors(registry, request.ignore());
        RuleSelection base = RuleSelection.of(registry, request.select(), request.ignore());
        RuleSelection selection = base.withOverrides(workspace.severities());
        List<String> serviceNames = run.serviceNames(request.services());
        List<String> environmentNames = run.environmentNames(request.environments());
        Path cwd = request.workingDirectory();

        Map<String, Suppressions> directives = new ConcurrentHashMap<>();
        MappingFiles mappingFiles = new MappingFiles(run.cache(), cwd, request.maxFileBytes());
        Checked checked = checkEverything(request, run, selection, registry, serviceNames, environmentNames, directives,
                mappingFiles);
        List<Finding> findings = checked.findings;
        Map<String, FileView> views = checked.views;
        List<InputError> errors = checked.errors;
        Set<String> secretKeys = checked.secretKeys;
        List<Finding> sorted = withoutSuppressed(new ArrayList<>(findings), run, cwd, directives);
        sorted.sort(Finding.ORDER);
        Map<String, FileView> withFindings = new LinkedHashMap<>();
        Map<String, List<Finding>> secretSpans = new HashMap<>();
        for (Finding f : sorted) {
            if (registry.find(f.ruleId()) instanceof SecretSpanRule) {
                secretSpans.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
            }
        }
        mappingFiles.loaded().forEach((path, read) -> {
            if (read.error() != null) {
                errors.add(new InputError(read.file(), read.error()));
            }
            if (read.source() != null && !views.containsKey(read.source().displayPath())
                    && run.cache().get(path) instanceof CachedFile.Config) {
                views.put(read.source().displayPath(), new FileView(read.source(), SecretMask.none()));
            }
        });
        for (Finding f : sorted) {
            FileView v = views.get(f.file());
            if (v != null && !withFindings.containsKey(f.file())) {
                withFindings.put(f.file(), masked(v, run, cwd,
                        secretSpans.getOrDefault(f.file(), List.of()), secretKeys, workspace.yamlKeys()));
            }
        }
        return new Report(dedupe(sorted), withFindings, checked.fileCount, dedupeErrors(errors))
                .incompleteBecause(checked.incomplete);
    }

    /**
     * Every check of the run, phase by phase, each in a method of its own so that what a phase holds
     * (parsed documents, schemas, resolved configurations) can be collected as soon as it is done.
     */
    private Checked checkEverything(CheckRequest request, WorkspaceRun run, RuleSelection selection,
                                    RuleRegistry registry, List<String> serviceNames, List<String> environmentNames,
                                    Map<String, Suppressions> directives, MappingFiles mappingFiles) {
        Workspace workspace = run.workspace();
        Path cwd = request.workingDirectory();
        boolean filtered = !request.services().isEmpty() || !request.environments().isEmpty();
        DocumentLinter dotenvLinter = new DocumentLinter(selection, registry.ids());
        ConfigLinter configLinter = new ConfigLinter(selection, registry.ids());
        List<Path> treeFiles = filtered ? List.of() : envFilesOf(workspace, cwd);
        List<FileOutcome> outcomes = new ArrayList<>();
        List<ResolvedConfig> configs = lintAndResolve(run, cwd, treeFiles, serviceNames, environmentNames,
                path -> lintFile(run.cache().get(path), dotenvLinter, configLinter, directives), outcomes);

        Checked checked = new Checked();
        for (FileOutcome outcome : outcomes) {
            if (outcome.error != null) {
                checked.errors.add(outcome.error);
                continue;
            }
            if (outcome.view == null) {
                continue;
            }
            checked.fileCount++;
            checked.findings.addAll(outcome.findings);
            checked.views.put(outcome.view.source().displayPath(), outcome.view);
        }
        outcomes = null; // their findings and views are in checked now
        checked.findings.addAll(configFindings(configs, workspace, cwd, selection, checked.secretKeys));
        List<WorkspaceRule> workspaceRules = selection.rules(WorkspaceRule.class);
        SecretVerification secrets = verifySecrets(request, workspace, configs, mappingFiles, workspaceRules);
        checked.incomplete = secrets.incomplete();
        if (!workspaceRules.isEmpty()) {
            WorkspaceFacts facts = new WorkspaceFacts(workspace, file -> sourceOf(run, cwd, file, mappingFiles),
                    config -> fallbackOrigin(config, workspace, cwd), Fingerprints.random(), selection::isEnabled,
                    secrets);
            workspaceTasks(workspaceRules, configs).parallelStream().map(task -> {
                List<Finding> found = new ArrayList<>();
                List<WorkspaceContext> contexts = new ArrayList<>(task.rules.size());
                for (WorkspaceRule rule : task.rules) {
                    contexts.add(new WorkspaceContext(rule.meta(), selection.severity(rule.id()), found::add, facts));
                }
                for (List<ResolvedConfig> part : task.parts()) {
                    for (int i = 0; i < task.rules.size(); i++) {
                        WorkspaceRule rule = task.rules.get(i);
                        try {
                            rule.check(part, contexts.get(i));
                        } catch (RuntimeException e) {
                            throw new RuleFailure(rule.id(), workspace.root().toString(), e);
                        }
                    }
                }
                return found;
            }).collect(Collectors.toList()).forEach(checked.findings::addAll);
        }
        return checked;
    }

    /**
     * Schema validation and the rules on each resolved configuration. Each configuration's findings go
     * in a list of their own, gathered in configuration order: the same order whatever thread ran which.
     * The schemas are loaded here and are garbage when it returns.
     */
    private static List<Finding> configFindings(List<ResolvedConfig> configs, Workspace workspace, Path cwd,
                                                RuleSelection selection, Set<String> secretKeys) {
        SchemaSet schemas = SchemaSet.load(workspace, servicesOf(configs), cwd);
        List<ResolvedConfigRule> resolvedRules = selection.rules(ResolvedConfigRule.class);
        boolean validate = !selection.rules(SchemaProblemRule.class).isEmpty();
        List<Finding> findings = new ArrayList<>();
        configs.parallelStream().map(config -> {
            List<Finding> found = new ArrayList<>();
            ValueOrigin fallback = fallbackOrigin(config, workspace, cwd);
            SchemaReport schema = validate ? schemas.validate(config) : null;
            secretKeys.addAll(schema != null ? schema.secretKeys() : schemas.secretKeys(config));
            for (ResolvedConfigRule rule : resolvedRules) {
                rule.check(config, new ResolvedContext(rule.meta(), selection.severity(rule.id()), found::add,
                        config.service().name(), config.environment().name(), fallback, schema));
            }
            return found;
        }).collect(Collectors.toList()).forEach(findings::addAll);
        return findings;
    }

    /** What the checks found, for the report: nothing of the parsed documents or resolved configurations. */
    private static final class Checked {
        final List<Finding> findings = new ArrayList<>();
        final Map<String, FileView> views = new LinkedHashMap<>();
        final List<InputError> errors = new ArrayList<>();
        final Set<String> secretKeys = ConcurrentHashMap.newKeySet();
        int fileCount;
        List<String> incomplete = List.of();
    }

    /**
     * Lints every file once, in parallel (the tree's {@code .env} files, then every layer the pairs
     * reach), reads each layer through the dialect as it goes, and lets go of each parsed document once
     * both are done: a large repository's documents do not all fit in memory at once. Then resolves
     * the pairs from what was read. The outcomes are added in file order.
     */
    private static List<ResolvedConfig> lintAndResolve(WorkspaceRun run, Path cwd, List<Path> treeFiles,
                                                       List<String> services, List<String> environments,
                                                       Function<Path, FileOutcome> lint, List<FileOutcome> outcomes) {
        Resolver resolver = run.resolver();
        Set<Path> layers = new LinkedHashSet<>();
        for (Path layer : resolver.layerPaths(services, environments)) {
            layers.add(cwd.resolve(DisplayPaths.of(cwd, layer)).normalize());
        }
        Set<Path> files = new LinkedHashSet<>(treeFiles);
        files.addAll(layers);
        outcomes.addAll(new ArrayList<>(files).parallelStream()
                .map(path -> {
                    FileOutcome outcome = lint.apply(path);
                    if (layers.contains(path)) {
                        resolver.readLayer(path);
                    }
                    run.cache().release(path);
                    return outcome;
                })
                .collect(Collectors.toList()));
        return resolver.resolveAll(services, environments);
    }

    /**
     * The workspace rules' work in parts that can run on any thread: each rule that compares
     * configurations gets them all at once, in a task of its own; the rules that judge each configuration
     * alone share tasks, one per slice of the configurations (a few per processor, so one heavy rule does
     * not leave the other processors idle), and run one configuration at a time, every rule in turn, while
     * its values are fresh (the same value's resource parts are then extracted once for the isolation,
     * host and scheme rules). A rule's findings come in configuration order in every task, and tasks are
     * gathered in order, so the report is the same on every run.
     */
    private static List<WorkspaceTask> workspaceTasks(List<WorkspaceRule> rules, List<ResolvedConfig> configs) {
        List<WorkspaceRule> eachAlone = new ArrayList<>();
        List<WorkspaceTask> tasks = new ArrayList<>();
        for (WorkspaceRule rule : rules) {
            if (rule.judgesEachConfigurationAlone()) {
                eachAlone.add(rule);
            } else {
                tasks.add(new WorkspaceTask(List.of(rule), configs, false));
            }
        }
        if (eachAlone.isEmpty()) {
            return tasks;
        }
        int slices = Math.max(1, 4 * Runtime.getRuntime().availableProcessors());
        int sliceSize = Math.max(1, (configs.size() + slices - 1) / slices);
        for (int from = 0; from < configs.size(); from += sliceSize) {
            tasks.add(new WorkspaceTask(eachAlone, configs.subList(from, Math.min(configs.size(), from + sliceSize)),
                    true));
        }
        return tasks;
    }

    /** Workspace rules over some configurations: all at once, or one configuration at a time. */
    private record WorkspaceTask(List<WorkspaceRule> rules, List<ResolvedConfig> configs, boolean oneByOne) {
        /** What each rule is given in turn. */
        List<List<ResolvedConfig>> parts() {
            if (!oneByOne) {
                return List.of(configs);
            }
            List<List<ResolvedConfig>> out = new ArrayList<>(configs.size());
            for (ResolvedConfig config : configs) {
                out.add(List.of(config));
            }
            return out;
        }
    }

    /**
     * Collects the run's secret references and verifies them, once, before the rules that report on them;
     * only when some secrets rule runs or payloads are to be compared. The store is asked once per
     * project. A store that cannot be opened or cannot answer makes the run incomplete, never clean.
     */
    private static SecretVerification verifySecrets(CheckRequest request, Workspace workspace,
                                                    List<ResolvedConfig> configs, MappingFiles mappingFiles,
                                                    List<WorkspaceRule> rules) {
        boolean wanted = request.secrets().compareValues();
        for (WorkspaceRule rule : rules) {
            wanted |= rule.id().startsWith(SECRETS_RULES);
        }
        if (!wanted) {
            return SecretVerification.none();
        }
        return SecretChecks.verify(request.secrets(), workspace, request.workingDirectory(), configs, mappingFiles);
    }

    /**
     * The file rules' findings on one file and a view of it (masked later, see {@link #masked}); a
     * {@code .env} file's inline directives are kept for the findings of later phases.
     */
    private static FileOutcome lintFile(CachedFile cached, DocumentLinter dotenvLinter, ConfigLinter configLinter,
                                        Map<String, Suppressions> directives) {
        if (cached instanceof CachedFile.Dotenv) {
            var doc = ((CachedFile.Dotenv) cached).document();
            List<Finding> found = dotenvLinter.lint(doc);
            directives.put(doc.source().displayPath(), DocumentLinter.directives(doc));
            return new FileOutcome(new FileView(doc.source(), SecretMask.none()), found, null);
        }
        if (cached instanceof CachedFile.Config) {
            var doc = ((CachedFile.Config) cached).document();
            List<Finding> found = configLinter.lint(doc);
            return new FileOutcome(new FileView(doc.source(), SecretMask.none()), found, null);
        }
        if (cached instanceof LayerError) {
            LayerError e = (LayerError) cached;
            return new FileOutcome(null, List.of(), new InputError(e.file(), e.reason()));
        }
        return new FileOutcome(null, List.of(), null);
    }

    /**
     * A file's view with its secrets masked: the values of its secret-looking keys and of the keys a
     * schema marks secret, and the spans of secret findings. The mask is made when a reporter first
     * asks for it (code frames, fingerprints), from the file parsed again if its document was released.
     */
    private static FileView masked(FileView view, WorkspaceRun run, Path cwd, List<Finding> secrets,
                                   Set<String> schemaSecretKeys, KeyStyle keys) {
        CachedFile cached = run.cache().get(cwd.resolve(view.source().displayPath()).normalize());
        return FileView.lazy(view.source(), () -> maskOf(view, cached, secrets, schemaSecretKeys, keys));
    }

    private static SecretMask maskOf(FileView view, CachedFile cached, List<Finding> secrets,
                                     Set<String> schemaSecretKeys, KeyStyle keys) {
        SecretMask mask = view.mask();
        KeyStyle style = keys == null ? KeyStyle.PATH : keys;
        if (cached instanceof CachedFile.Dotenv) {
            mask = SecretMask.of(((CachedFile.Dotenv) cached).document(), schemaSecretKeys::contains);
        } else if (cached instanceof CachedFile.Config) {
            mask = SecretMask.of(((CachedFile.Config) cached).document(),
                    path -> schemaSecretKeys.contains(style.keyOf(path)));
        }
        List<TextRange> spans = new ArrayList<>();
        LineIndex lines = view.source().lineIndex();
        for (Finding f : secrets) {
            if (f.line() <= lines.lineCount() && f.endLine() <= lines.lineCount()) {
                int start = lines.lineStart(f.line()) + f.column() - 1;
                int end = lines.lineStart(f.endLine()) + f.endColumn() - 1;
                if (start <= end && end <= view.source().text().length()) {
                    spans.add(TextRange.of(start, end));
                }
            }
        }
        return mask.with(spans);
    }

    /** The parsed source a display path names (a layer or a deploy mapping), or null when the run did not read it. */
    private static SourceFile sourceOf(WorkspaceRun run, Path cwd, String file, MappingFiles mappings) {
        Path path = cwd.resolve(file).normalize();
        MappingFiles.Read mapping = mappings.readAt(path.toAbsolutePath().normalize());
        if (mapping != null && mapping.source() != null) {
            return mapping.source();
        }
        CachedFile cached = run.cache().get(path);
        if (cached instanceof CachedFile.Dotenv) {
            return ((CachedFile.Dotenv) cached).source();
        }
        if (cached instanceof CachedFile.Config) {
            return ((CachedFile.Config) cached).source();
        }
        return null;
    }

    /**
     * Findings about resolved values honour the inline directives of the file they point at, like file
     * rules do (file rules' findings were filtered already; filtering twice changes nothing).
     */
    private static List<Finding> withoutSuppressed(List<Finding> findings, WorkspaceRun run, Path cwd,
                                                   Map<String, Suppressions> linted) {
        Map<String, Suppressions> byFile = new HashMap<>(linted);
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Suppressions s = byFile.computeIfAbsent(f.file(), file -> {
                CachedFile cached = run.cache().get(cwd.resolve(file).normalize());
                if (cached instanceof CachedFile.Dotenv) {
                    return DocumentLinter.directives(((CachedFile.Dotenv) cached).document());
                }
                if (cached instanceof CachedFile.Config) {
                    return ConfigLinter.commentDirectives(((CachedFile.Config) cached).source());
                }
                return Suppressions.none();
            });
            if (!s.suppresses(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static Set<Service> servicesOf(List<ResolvedConfig> configs) {
        Set<Service> out = new LinkedHashSet<>();
        configs.forEach(c -> out.add(c.service()));
        return out;
    }

    /** Every .env file of the tree (as lint would find them), minus the workspace's ignore globs. */
    private static List<Path> envFilesOf(Workspace workspace, Path cwd) {
        FileCollector collector = new FileCollector(cwd);
        collector.add(workspace.root().toString());
        IgnoreGlobs ignore = workspace.ignoreGlobs();
        List<Path> out = new ArrayList<>();
        for (Path p : collector.files()) {
            String relative = workspace.root().relativize(p).toString().replace('\\', '/');
            if (!ignore.ignores(relative)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Where a finding without a place points: the most specific layer that exists, else the config file. */
    private static ValueOrigin fallbackOrigin(ResolvedConfig config, Workspace workspace, Path cwd) {
        for (int i = config.layers().size() - 1; i >= 0; i--) {
            LayerFile layer = config.layers().get(i);
            if (layer.exists()) {
                return new ValueOrigin(layer.file(), 1, 1, 1, 1, layer.layerIndex(), layer.pattern());
            }
        }
        Path anchor = workspace.configFile() != null ? workspace.configFile() : workspace.root();
        return new ValueOrigin(DisplayPaths.of(cwd, anchor), 1, 1, 1, 1, -1, null);
    }

    /**
     * A file shared by many pairs yields the same finding once per pair; identical ones collapse, and so
     * do findings that differ only in the service (a shared layer's value, judged the same way for every
     * service that inherits it): one finding remains, without a service.
     */
    private static List<Finding> dedupe(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.equals(f)) {
                continue;
            }
            if (previous != null && sameButService(previous, f)) {
                out.set(out.size() - 1, previous.withoutService());
                continue;
            }
            out.add(f);
        }
        return out;
    }

    private static boolean sameButService(Finding a, Finding b) {
        return a.service() != null && b.service() != null && a.ruleId().equals(b.ruleId())
                && a.severity() == b.severity() && a.message().equals(b.message()) && a.file().equals(b.file())
                && a.line() == b.line() && a.column() == b.column() && a.endLine() == b.endLine()
                && a.endColumn() == b.endColumn() && java.util.Objects.equals(a.key(), b.key())
                && java.util.Objects.equals(a.environment(), b.environment()) && a.related().equals(b.related());
    }

    private static List<InputError> dedupeErrors(List<InputError> errors) {
        return new ArrayList<>(new LinkedHashSet<>(errors));
    }

    private static final class FileOutcome {
        final FileView view;
        final List<Finding> findings;
        final InputError error;

        FileOutcome(FileView view, List<Finding> findings, InputError error) {
            this.view = view;
            this.findings = findings;
            this.error = error;
        }
    }
}
