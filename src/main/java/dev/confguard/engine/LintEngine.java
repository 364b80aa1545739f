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
        // one input alone (the pre-commit hook's usual case) has a core to spare for its mask
        boolean alone = paths.size() + stdinSources.size() == 1;
        List<FileResult> results;
        if (paths.size() < 2) {
            // one file is not worth starting the common pool's threads for
            results = new ArrayList<>(paths.size() + stdinSources.size());
            for (Path path : paths) {
                results.add(lintFile(path, collector.display(path), request.maxFileBytes(), linter, alone));
            }
        } else {
            results = paths.parallelStream()
                    .map(path -> lintFile(path, collector.display(path), request.maxFileBytes(), linter, false))
                    .collect(Collectors.toList());
        }
        for (SourceFile source : stdinSources) {
            results.add(lintSource(source, linter, alone));
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

    private static FileResult lintFile(Path path, String shown, long maxBytes, DocumentLinter linter, boolean alone) {
        try {
            // no local for the bytes: an interpreted frame (this one runs once) would keep them for the whole
            // lint, though an ASCII file's source holds only its text (42 MB on the 1M-line file, issue 8)
            return lintSource(SourceFile.of(path, shown, InputReader.read(path, maxBytes)), linter, alone);
        } catch (InputReader.UnusableInput e) {
            return new FileResult(null, null, new InputError(shown, e.getMessage()));
        }
    }

    /**
     * Parses and lints one input; a file with findings gets the view reporters show (its text and the
     * spans to mask), one without needs none. The mask depends on the document alone, so when a core is
     * free (one input, or a large file) it is made on another thread while the rules run: for a large
     * file that is ~10% of the time, for a small one the first use of SecretMask's lambdas (~5 ms).
     */
    private static FileResult lintSource(SourceFile source, DocumentLinter linter, boolean alone) {
        DotenvDocument document = DotenvParser.parse(source);
        boolean beside = (alone || document.text().length() >= DocumentLinter.PARALLEL_CHARS)
                && Runtime.getRuntime().availableProcessors() > 1;
        FindingTable findings;
        FileView view;
        if (!beside) {
            findings = linter.lintToTable(document);
            view = findings.size() == 0 ? null : new FileView(source, SecretMask.of(document));
        } else {
            MaskTask task = new MaskTask(document);
            Thread thread = new Thread(task, "confguard-mask");
            thread.setDaemon(true);
            thread.start();
            findings = linter.lintToTable(document);
            // no findings: nothing shows the file, and the mask (if still being made) is left to finish unused
            view = findings.size() == 0 ? null : new FileView(source, task.mask(thread));
        }
        // The statements are no longer needed: let them go before the sort makes its arrays (on the 1M-line
        // file ~30 MB less at the peak). A local is not freed by going unused in an interpreted frame.
        document = null;
        findings.sort();
        return new FileResult(view, findings, null);
    }

    /** {@code SecretMask.of(document)} on another thread. */
    private static final class MaskTask implements Runnable {
        private DotenvDocument document;
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
            document = null; // done with it: the caller lets it go before sorting the findings
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
