package dev.confguard.rules;

import dev.confguard.findings.Finding;
import dev.confguard.findings.RelatedLocation;
import dev.confguard.findings.Severity;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.schema.SchemaReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a resolved-config rule reports through: findings at a value's origin (the layer that supplied
 * it), tagged with the service and environment. {@code fallback} is where to point when a finding has
 * no place in a file (a missing layer): the most specific layer file that exists. {@code schema} is
 * what validating the configuration against its service's schema found, or null when the service has
 * no schema (or no schema rule runs).
 */
public final class ResolvedContext {
    private final RuleMeta meta;
    private final Severity severity;
    private final Consumer<Finding> sink;
    private final String service;
    private final String environment;
    private final ValueOrigin fallback;
    private final SchemaReport schema;

    public ResolvedContext(RuleMeta meta, Severity severity, Consumer<Finding> sink, String service,
                           String environment, ValueOrigin fallback) {
        this(meta, severity, sink, service, environment, fallback, null);
    }

    public ResolvedContext(RuleMeta meta, Severity severity, Consumer<Finding> sink, String service,
                           String environment, ValueOrigin fallback, SchemaReport schema) {
        this.meta = meta;
        this.severity = severity;
        this.sink = sink;
        this.service = service;
        this.environment = environment;
        this.fallback = fallback;
        this.schema = schema;
    }

    /** The schema validation of this configuration, or null. */
    public SchemaReport schema() {
        return schema;
    }

    public void report(ValueOrigin at, String key, String message, List<ValueOrigin> related) {
        List<RelatedLocation> others = new ArrayList<>();
        for (ValueOrigin r : related) {
            others.add(new RelatedLocation(r.file(), r.line(), r.column(), r.endLine(), r.endColumn(),
                    r.layerPattern() == null ? null : "layer " + r.layerPattern()));
        }
        report(at, key, message, others, Map.of());
    }

    /** A finding with related places as they are, and machine-readable {@code details} (JSON output). */
    public void report(ValueOrigin at, String key, String message, List<RelatedLocation> related,
                       Map<String, String> details) {
        ValueOrigin where = at != null ? at : fallback;
        sink.accept(new Finding(meta.id(), severity, message, where.file(), where.line(), where.column(),
                where.endLine(), where.endColumn(), key, service, environment, null, related, details));
    }
}
