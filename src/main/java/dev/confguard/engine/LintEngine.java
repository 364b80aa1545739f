package dev.confguard.engine;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.findings.Finding;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.RuleSelection;
import dev.confguard.secrets.SecretMask;
import dev.confguard.source.SourceFile;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code confguard lint}: collect the files, read and lint each (in parallel), gather one report. */
public final class LintEngine {
    private final RuleRegistry registry;
    private final java.util.Set<String> knownRuleIds;

    public LintEngine(RuleRegistry registry) {
        this(registry, registry.ids());
    }

    /** {@code knownRuleIds}: what inline directives may name, when more than the registry's own rules. */
    public LintEngine(RuleRegistry registry, java.util.Set<String> knownRuleIds) {
        this.registry = registry;
        this.knownRuleIds = knownRuleIds;
    }

    public Report run(LintRequest request, InputStream stdin) {
        RuleSelection selection = RuleSelection.ofDocumentRules(registry, request.select(), request.ignore());
        DocumentLinter linter = new DocumentLinter(selection, knownRuleIds);
        FileCollector collector = new FileCollector(request.workingDirectory());
        List<SourceFile> stdinSources = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (String given : request.paths()) {
            if (given.equals("-")) {
                String name = request.stdinFilename() == null ? "<stdin>" : request.stdinFilename();
                try {
                    stdinSources.add(SourceFile.of(null, name, InputReader.read(stdin, request.maxFileBytes())));
                } catch (InputReader.UnusableInput e) {
                    errors.add(new InputError(name, e.getMessage()));
                }
            } else {
                collector.add(given);
            }
        }
        errors.addAll(collector.errors());
        List<Path> paths = collector.files();
        List<FileResult> results;
        if (paths.size() < 2) {
            // one file (the pre-commit hook's usual case) is not worth starting the common pool's threads for
            results = new ArrayList<>(paths.size() + stdinSources.size());
            for (Path path : paths) {
                results.add(lintFile(path, collector.display(path), request.maxFileBytes(), linter));
            }
        } else {
            results = paths.parallelStream()
                    .map(path -> lintFile(path, collector.display(path), request.maxFileBytes(), linter))
                    .collect(Collectors.toList());
        }
        for (SourceFile source : stdinSources) {
            results.add(lintSource(source, linter));
        }
        List<FindingTable> tables = new ArrayList<>();
        Map<String, FileView> files = new LinkedHashMap<>();
        int fileCount = 0;
        for (FileResult result : results) {
            if (result.error != null) {
                errors.add(result.error);
                continue;
            }
            fileCount++;
            if (result.findings.size() > 0) {
                tables.add(result.findings);
                files.put(result.view.source().displayPath(), result.view);
            }
        }
        return new Report(sorted(tables, files.size()), files, fileCount, errors);
    }

    /**
     * Every finding in {@link Finding#ORDER}. Each table is sorted, so when every file has its own name
     * that is the tables in order of their names; two inputs shown under one name (standard input
     * named like a file) are interleaved by a sort of all their findings, as it has always been done.
     */
    private static List<Finding> sorted(List<FindingTable> tables, int distinctNames) {
        if (distinctNames == tables.size()) {
            tables.sort(new java.util.Comparator<FindingTable>() {
                @Override
                public int compare(FindingTable a, FindingTable b) {
                    return a.file().compareTo(b.file());
                }
            });
            return FindingTable.view(tables);
        }
        List<Finding> findings = new ArrayList<>();
        for (FindingTable table : tables) {
            findings.addAll(FindingTable.view(List.of(table)));
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static FileResult lintFile(Path path, String shown, long maxBytes, DocumentLinter linter) {
        try {
            byte[] bytes = InputReader.read(path, maxBytes);
            return lintSource(SourceFile.of(path, shown, bytes), linter);
        } catch (InputReader.UnusableInput e) {
            return new FileResult(null, null, new InputError(shown, e.getMessage()));
        }
    }

    private static FileResult lintSource(SourceFile source, DocumentLinter linter) {
        DotenvDocument document = DotenvParser.parse(source);
        if (document.text().length() < DocumentLinter.PARALLEL_CHARS || Runtime.getRuntime().availableProcessors() < 2) {
            FindingTable findings = linter.lintToTable(document);
            SecretMask mask = findings.size() == 0 ? SecretMask.none() : SecretMask.of(document);
            return new FileResult(new FileView(source, mask), findings, null);
        }
        // A large file: its mask (which depends on the document alone) is made beside the rules.
        MaskTask task = new MaskTask(document);
        Thread thread = new Thread(task, "confguard-mask");
        thread.setDaemon(true);
        thread.start();
        FindingTable findings = linter.lintToTable(document);
        SecretMask mask = findings.size() == 0 ? SecretMask.none() : task.mask(thread);
        return new FileResult(new FileView(source, mask), findings, null);
    }

    /** {@code SecretMask.of(document)} on another thread. */
    private static final class MaskTask implements Runnable {
        private final DotenvDocument document;
        private SecretMask mask;
        private RuntimeException failure;

        MaskTask(DotenvDocument document) {
            this.document = document;
        }

        @Override
        public void run() {
            try {
                mask = SecretMask.of(document);
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        /** The mask, once the thread is done; its failure, thrown here as if made here. */
        SecretMask mask(Thread thread) {
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            return mask;
        }
    }

    private static final class FileResult {
        final FileView view;
        final FindingTable findings;
        final InputError error;

        FileResult(FileView view, FindingTable findings, InputError error) {
            this.view = view;
            this.findings = findings;
            this.error = error;
        }
    }
}
