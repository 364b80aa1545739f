package dev.confguard.rules;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.secrets.verify.SecretVerification;
import dev.confguard.source.SourceFile;
import dev.confguard.workspace.Workspace;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What every workspace rule of one run shares: the workspace, the parsed sources by display path (to
 * place a finding on a part of a value), where to point when a configuration has no place for a
 * finding, the run's fingerprint salt, which rules are enabled, and what secret verification found.
 */
public record WorkspaceFacts(Workspace workspace, Function<String, SourceFile> sources,
                             Function<ResolvedConfig, ValueOrigin> fallback, Fingerprints fingerprints,
                             Predicate<String> enabled, SecretVerification secrets) {
    public WorkspaceFacts(Workspace workspace, Function<String, SourceFile> sources,
                          Function<ResolvedConfig, ValueOrigin> fallback, Fingerprints fingerprints,
                          Predicate<String> enabled) {
        this(workspace, sources, fallback, fingerprints, enabled, SecretVerification.none());
    }
}
