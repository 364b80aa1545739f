package dev.confguard.rules;

import dev.confguard.dotenv.DotenvDocument;

/** A rule that looks at one parsed {@code .env} file and reports through the context. */
public interface DocumentRule extends Rule {
    void check(DotenvDocument document, RuleContext context);

    /**
     * Whether checking a file costs far more than the other rules (it reads the whole file again, for
     * instance). When a large file's rules share two threads, such rules start first, so that the other
     * thread shares out the rest meanwhile; what the rules find does not depend on it.
     */
    default boolean isCostly() {
        return false;
    }
}
