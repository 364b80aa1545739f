package dev.confguard.fix;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a fix run needs, parsed from the command line: the files or folders (as for lint), the
 * rule selection, whether unsafe fixes apply, and whether to write nothing ({@code dryRun}).
 */
public record FixRequest(Path workingDirectory, List<String> paths, List<String> select, List<String> ignore,
                         long maxFileBytes, boolean unsafe, boolean dryRun) {

    public FixRequest {
        paths = List.copyOf(paths);
        select = List.copyOf(select);
        ignore = List.copyOf(ignore);
    }
}
