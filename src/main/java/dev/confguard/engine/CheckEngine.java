package dev.confguard.engine;

import dev.confguard.findings.Finding;
import dev.confguard.resolve.CachedFile;
import dev.confguard.resolve.LayerError;
import dev.confguard.resolve.LayerFile;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.rules.ResolvedConfigRule;
import dev.confguard.rules.ResolvedContext;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.RuleSelection;
import dev.confguard.rules.schema.SchemaProblemRule;
import dev.confguard.schema.SchemaReport;
import dev.confguard.schema.SchemaSet;
import dev.confguard.secrets.SecretMask;
import dev.confguard.workspace.IgnoreGlobs;
import dev.confguard.workspace.KeyStyle;
import dev.confguard.workspace.Service;
import dev.confguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@code confguard check}: load the workspace, resolve every selected (service, environment), run the
 * file rules on every file once (the .env files of the tree and the layers used), validate each resolved
 * configuration against its service's schema (loaded once), run the rules on each resolved
 * configuration, and gather one report.
 */
public final class CheckEngine {
    private final RuleRegistry registry;

    public CheckEngine(RuleRegistry registry) {
        this.registry = registry;
    }

    public Report run(CheckRequest request) {
        RuleSelection base = RuleSelection.of(registry, request.select(), request.ignore());
        WorkspaceRun run = WorkspaceRun.open(request.workingDirectory(), request.dir(), request.configFile(),
                request.maxFileBytes(), request.processEnv());
        Workspace workspace = run.workspace();
        RuleSelection selection = base.withOverrides(workspace.severities());
        List<ResolvedConfig> configs = run.resolve(request.services(), request.environments());
        SchemaSet schemas = SchemaSet.load(workspace, servicesOf(configs), request.workingDirectory());
        boolean filtered = !request.services().isEmpty() || !request.environments().isEmpty();

        Set<Path> files = new LinkedHashSet<>();
        if (!filtered) {
            files.addAll(envFilesOf(workspace, request.workingDirectory()));
        }
        for (ResolvedConfig config : configs) {
            for (LayerFile layer : config.layers()) {
                if (layer.exists()) {
                    files.add(request.workingDirectory().resolve(layer.file()).normalize());
                }
            }
        }
        DocumentLinter dotenvLinter = new DocumentLinter(selection, registry.ids());
        ConfigLinter configLinter = new ConfigLinter(selection, registry.ids());
        List<FileOutcome> outcomes = new ArrayList<>(files).parallelStream()
                .map(path -> lintFile(run.cache().get(path), dotenvLinter, configLinter))
                .collect(Collectors.toList());

        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        Map<String, CachedFile> documents = new LinkedHashMap<>();
        List<InputError> errors = new ArrayList<>();
        int fileCount = 0;
        for (FileOutcome outcome : outcomes) {
            if (outcome.error != null) {
                errors.add(outcome.error);
                continue;
            }
            if (outcome.document == null) {
                continue;
            }
            fileCount++;
            findings.addAll(outcome.findings);
            documents.put(outcome.document.file(), outcome.document);
        }
        boolean validate = !selection.rules(SchemaProblemRule.class).isEmpty();
        Set<String> secretKeys = ConcurrentHashMap.newKeySet();
        List<ResolvedConfigRule> resolvedRules = selection.rules(ResolvedConfigRule.class);
        configs.parallelStream().forEach(config -> {
            ValueOrigin fallback = fallbackOrigin(config, workspace, request.workingDirectory());
            SchemaReport schema = validate ? schemas.validate(config) : null;
            secretKeys.addAll(schema != null ? schema.secretKeys() : schemas.secretKeys(config));
            for (ResolvedConfigRule rule : resolvedRules) {
                rule.check(config, new ResolvedContext(rule.meta(), selection.severity(rule.id()), findings::add,
                        config.service().name(), config.environment().name(), fallback, schema));
            }
        });
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        Map<String, FileView> withFindings = new LinkedHashMap<>();
        for (Finding f : sorted) {
            CachedFile document = documents.get(f.file());
            if (document != null && !withFindings.containsKey(f.file())) {
                withFindings.put(f.file(), view(document, secretKeys, workspace.yamlKeys()));
            }
        }
        return new Report(dedupe(sorted), withFindings, fileCount, dedupeErrors(errors));
    }

    private static FileOutcome lintFile(CachedFile cached, DocumentLinter dotenvLinter, ConfigLinter configLinter) {
        if (cached instanceof CachedFile.Dotenv) {
            return new FileOutcome(cached, dotenvLinter.lint(((CachedFile.Dotenv) cached).document()), null);
        }
        if (cached instanceof CachedFile.Config) {
            return new FileOutcome(cached, configLinter.lint(((CachedFile.Config) cached).document()), null);
        }
        if (cached instanceof LayerError) {
            LayerError e = (LayerError) cached;
            return new FileOutcome(null, List.of(), new InputError(e.file(), e.reason()));
        }
        return new FileOutcome(null, List.of(), null);
    }

    /**
     * A file as reporters show it, built only for files with findings: its text and the spans to mask,
     * which include the values of keys a schema marks secret.
     */
    private static FileView view(CachedFile cached, Set<String> secretKeys, KeyStyle keys) {
        if (cached instanceof CachedFile.Dotenv) {
            var doc = ((CachedFile.Dotenv) cached).document();
            return new FileView(doc.source(), SecretMask.of(doc, secretKeys::contains));
        }
        var doc = ((CachedFile.Config) cached).document();
        KeyStyle style = keys == null ? KeyStyle.PATH : keys;
        return new FileView(doc.source(), SecretMask.of(doc, path -> secretKeys.contains(style.keyOf(path))));
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

    /** A file shared by many pairs yields the same resolution finding once per pair; identical ones collapse. */
    private static List<Finding> dedupe(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        Finding previous = null;
        for (Finding f : findings) {
            if (previous == null || !previous.equals(f)) {
                out.add(f);
            }
            previous = f;
        }
        return out;
    }

    private static List<InputError> dedupeErrors(List<InputError> errors) {
        return new ArrayList<>(new LinkedHashSet<>(errors));
    }

    private static final class FileOutcome {
        final CachedFile document;
        final List<Finding> findings;
        final InputError error;

        FileOutcome(CachedFile document, List<Finding> findings, InputError error) {
            this.document = document;
            this.findings = findings;
            this.error = error;
        }
    }
}
