package dev.confguard.rules;

import dev.confguard.findings.Finding;
import dev.confguard.findings.RelatedLocation;
import dev.confguard.findings.Severity;
import dev.confguard.resolve.ValueOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a resolved-config rule reports through: findings at a value's origin (the layer that supplied
 * it), tagged with the service and environment. {@code fallback} is where to point when a finding has
 * no place in a file (a missing layer): the most specific layer file that exists.
 */
public final class ResolvedContext {
    private final RuleMeta meta;
    private final Severity severity;
    private final Consumer<Finding> sink;
    private final String service;
    private final String environment;
    private final ValueOrigin fallback;

    public ResolvedContext(RuleMeta meta, Severity severity, Consumer<Finding> sink, String service,
                           String environment, ValueOrigin fallback) {
        this.meta = meta;
        this.severity = severity;
        this.sink = sink;
        this.service = service;
        this.environment = environment;
        this.fallback = fallback;
    }

    public void report(ValueOrigin at, String key, String message, List<ValueOrigin> related) {
        ValueOrigin where = at != null ? at : fallback;
        List<RelatedLocation> others = new ArrayList<>();
        for (ValueOrigin r : related) {
            others.add(new RelatedLocation(r.file(), r.line(), r.column(), r.endLine(), r.endColumn(),
                    r.layerPattern() == null ? null : "layer " + r.layerPattern()));
        }
        sink.accept(new Finding(meta.id(), severity, message, where.file(), where.line(), where.column(),
                where.endLine(), where.endColumn(), key, service, environment, null, others));
    }
}
