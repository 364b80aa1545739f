package dev.confguard.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a lint run needs, parsed from the command line. {@code "-"} in {@code paths} reads
 * standard input, shown as {@code stdinFilename}.
 */
public record LintRequest(Path workingDirectory, List<String> paths, String stdinFilename, List<String> select,
                          List<String> ignore, long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    public LintRequest {
        paths = List.copyOf(paths);
        select = List.copyOf(select);
        ignore = List.copyOf(ignore);
    }
}
