package dev.confguard.engine;

/** A rule threw: a bug in confguard, reported as an incomplete run rather than a clean one. */
public final class RuleFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleFailure(String ruleId, String file, Throwable cause) {
        super("rule " + ruleId + " failed on " + file + ": " + cause, cause);
    }
}
