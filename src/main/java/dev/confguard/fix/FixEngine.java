package dev.confguard.fix;

import dev.confguard.dotenv.DotenvParser;
import dev.confguard.engine.DocumentLinter;
import dev.confguard.engine.FileCollector;
import dev.confguard.engine.FileView;
import dev.confguard.engine.InputError;
import dev.confguard.engine.InputReader;
import dev.confguard.engine.Report;
import dev.confguard.findings.Finding;
import dev.confguard.rules.RuleRegistry;
import dev.confguard.rules.RuleSelection;
import dev.confguard.secrets.SecretMask;
import dev.confguard.source.AtomicFiles;
import dev.confguard.source.SourceFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code confguard fix}: collect the files as lint does, fix each (in parallel), write the ones that
 * changed (atomically, keeping permissions; nothing on a dry run) and report the findings that remain,
 * with positions in the fixed text.
 */
public final class FixEngine {
    private final RuleRegistry registry;

    public FixEngine(RuleRegistry registry) {
        this.registry = registry;
    }

    /** Every file's outcome, in the order files were collected, and the report of what remains. */
    public record Run(List<FixLoop.Result> files, Report report) {
        public Run {
            files = List.copyOf(files);
        }
    }

    public Run run(FixRequest request) {
        RuleSelection selection = RuleSelection.of(registry, request.select(), request.ignore());
        FixLoop loop = new FixLoop(new DocumentLinter(selection, registry.ids()), request.unsafe());
        FileCollector collector = new FileCollector(request.workingDirectory());
        request.paths().forEach(collector::add);
        List<InputError> errors = new ArrayList<>(collector.errors());
        List<Outcome> outcomes = collector.files().parallelStream()
                .map(path -> fixFile(path, collector.display(path), request, loop))
                .collect(Collectors.toList());
        List<FixLoop.Result> results = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, FileView> files = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Unusable unusable) {
                errors.add(unusable.error());
                continue;
            }
            FixLoop.Result result = ((Fixed) outcome).result();
            results.add(result);
            if (!result.remaining().isEmpty()) {
                findings.addAll(result.remaining());
                SourceFile fixed = result.fixed();
                files.put(fixed.displayPath(), new FileView(fixed, SecretMask.of(DotenvParser.parse(fixed))));
            }
        }
        findings.sort(Finding.ORDER);
        return new Run(results, new Report(findings, files, results.size(), errors));
    }

    private sealed interface Outcome permits Fixed, Unusable {
    }

    private record Fixed(FixLoop.Result result) implements Outcome {
    }

    /** The file cannot be read, or its fixed version cannot be written. */
    private record Unusable(InputError error) implements Outcome {
    }

    private static Outcome fixFile(Path path, String shown, FixRequest request, FixLoop loop) {
        SourceFile source;
        try {
            source = SourceFile.of(path, shown, InputReader.read(path, request.maxFileBytes()));
        } catch (InputReader.UnusableInput e) {
            return new Unusable(new InputError(shown, e.getMessage()));
        }
        FixLoop.Result result = loop.run(source);
        if (result.changed() && !request.dryRun()) {
            try {
                // Through a symbolic link, write the file it points to and keep the link.
                AtomicFiles.write(path.toRealPath(), result.fixed().bytes());
            } catch (IOException e) {
                String reason = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
                return new Unusable(new InputError(shown, "cannot write the fixed file: " + reason));
            }
        }
        return new Fixed(result);
    }
}
