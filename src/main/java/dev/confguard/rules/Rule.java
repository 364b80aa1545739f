package dev.confguard.rules;

/** A check. Rules are stateless: one instance serves every file, on any thread. */
public interface Rule {
    RuleMeta meta();

    default String id() {
        return meta().id();
    }
}
