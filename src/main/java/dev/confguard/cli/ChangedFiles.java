package dev.confguard.cli;

import dev.confguard.engine.DisplayPaths;
import dev.confguard.engine.Git;
import dev.confguard.engine.Report;
import dev.confguard.findings.Finding;
import dev.confguard.findings.RelatedLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code --changed-since REF}: keep the findings in changed files, and cross-file ones that involve one. */
final class ChangedFiles {
    private ChangedFiles() {
    }

    static Report keepTouching(Report report, String ref, Path repoCwd, Path reportCwd) {
        Git git = Git.at(repoCwd);
        Set<String> changed = new HashSet<>();
        for (String p : git.changedSince(ref)) {
            changed.add(DisplayPaths.of(repoCwd, git.workTree().resolve(p)));
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : report.findings()) {
            boolean touches = changed.contains(f.file());
            for (RelatedLocation r : f.related()) {
                touches |= changed.contains(r.file());
            }
            if (touches) {
                kept.add(f);
            }
        }
        return report.keeping(kept);
    }
}
