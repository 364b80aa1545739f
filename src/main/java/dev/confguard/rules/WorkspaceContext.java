package dev.confguard.rules;

import dev.confguard.findings.Finding;
import dev.confguard.findings.RelatedLocation;
import dev.confguard.findings.Severity;
import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.source.LineIndex;
import dev.confguard.source.SourceFile;
import dev.confguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a workspace rule reports through: findings at a value's origin (or at an exact part of it, or
 * at its key), tagged with service, environment and key, with the other side of a comparison as
 * related locations. Values are compared through {@link #fingerprint}, never kept or shown.
 */
public final class WorkspaceContext {
    private final RuleMeta meta;
    private final Severity severity;
    private final Consumer<Finding> sink;
    private final WorkspaceFacts facts;

    public WorkspaceContext(RuleMeta meta, Severity severity, Consumer<Finding> sink, WorkspaceFacts facts) {
        this.meta = meta;
        this.severity = severity;
        this.sink = sink;
        this.facts = facts;
    }

    public Workspace workspace() {
        return facts.workspace();
    }

    /** What secret verification found for the run's references (empty when no secrets rule runs). */
    public dev.confguard.secrets.verify.SecretVerification secrets() {
        return facts.secrets();
    }

    public String fingerprint(String value) {
        return facts.fingerprints().of(value);
    }

    public boolean isEnabled(String ruleId) {
        return facts.enabled().test(ruleId);
    }

    /** The severity findings get: the run's for this rule. */
    public Severity severity() {
        return severity;
    }

    public void report(ResolvedConfig config, ValueOrigin at, String key, String message, List<ValueOrigin> related) {
        report(config, at, key, message, related, null);
    }

    /**
     * Reports a finding. {@code preferred} is a severity the rule asks for this one finding (a removed
     * key against a merely deprecated one); it applies while the rule runs at its default severity,
     * and an override in the workspace config wins over it.
     */
    public void report(ResolvedConfig config, ValueOrigin at, String key, String message, List<ValueOrigin> related,
                       Severity preferred) {
        report(config, at, key, message, related, preferred, Map.of());
    }

    /** A finding as {@link #report(ResolvedConfig, ValueOrigin, String, String, List, Severity)}, with {@code details} (JSON). */
    public void report(ResolvedConfig config, ValueOrigin at, String key, String message, List<ValueOrigin> related,
                       Severity preferred, Map<String, String> details) {
        ValueOrigin where = at != null ? at : facts.fallback().apply(config);
        Severity level = preferred != null && severity == meta.defaultSeverity() ? preferred : severity;
        List<RelatedLocation> others = new ArrayList<>(related.size());
        for (ValueOrigin r : related) {
            if (r != null) {
                others.add(new RelatedLocation(r.file(), r.line(), r.column(), r.endLine(), r.endColumn(),
                        r.layerPattern() == null ? null : "layer " + r.layerPattern()));
            }
        }
        sink.accept(new Finding(meta.id(), level, message, where.file(), where.line(), where.column(), where.endLine(),
                where.endColumn(), key, config == null ? null : config.service().name(),
                config == null ? null : config.environment().name(), null, others, details));
    }

    /**
     * The place of {@code value[start, end)} in its file, when the origin holds the value exactly as
     * written on one line (bare, or inside one pair of quotes); otherwise the whole origin, since an
     * escape or an interpolation makes offsets in the value and columns in the file disagree.
     */
    public ValueOrigin within(ValueOrigin origin, String value, int start, int end) {
        if (origin == null || origin.line() != origin.endLine() || start < 0 || end > value.length() || start > end) {
            return origin;
        }
        SourceFile source = facts.sources().apply(origin.file());
        if (source == null) {
            return origin;
        }
        String text = source.text();
        LineIndex lines = source.lineIndex();
        if (origin.line() > lines.lineCount()) {
            return origin;
        }
        int from = lines.lineStart(origin.line()) + origin.column() - 1;
        int to = lines.lineStart(origin.line()) + origin.endColumn() - 1;
        if (from < 0 || to > text.length() || from > to) {
            return origin;
        }
        String written = text.substring(from, to);
        int shift;
        if (written.equals(value)) {
            shift = 0;
        } else if (written.length() == value.length() + 2 && isQuote(written.charAt(0))
                && written.charAt(written.length() - 1) == written.charAt(0)
                && written.regionMatches(1, value, 0, value.length())) {
            shift = 1;
        } else {
            return origin;
        }
        return new ValueOrigin(origin.file(), origin.line(), origin.column() + shift + start, origin.line(),
                origin.column() + shift + end, origin.layerIndex(), origin.layerPattern());
    }

    /**
     * The place of the key that set a value: searched on the origin's first line, before the value
     * (for a YAML path, its last segment). The origin itself when the key is not found there.
     */
    public ValueOrigin keyOf(ValueOrigin origin, String key) {
        if (origin == null) {
            return null;
        }
        SourceFile source = facts.sources().apply(origin.file());
        if (source == null || origin.line() > source.lineIndex().lineCount()) {
            return origin;
        }
        String text = source.text();
        int lineStart = source.lineIndex().lineStart(origin.line());
        String name = key.substring(key.lastIndexOf('.') + 1);
        int limit = Math.min(text.length(), lineStart + origin.column() - 1 + name.length());
        int at = text.substring(lineStart, Math.max(lineStart, limit)).lastIndexOf(name);
        if (at < 0) {
            return origin;
        }
        int column = at + 1;
        return new ValueOrigin(origin.file(), origin.line(), column, origin.line(), column + name.length(),
                origin.layerIndex(), origin.layerPattern());
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }
}
