package dev.confguard.rules;

import dev.confguard.dotenv.DotenvDocument;

/** A rule that looks at one parsed {@code .env} file and reports through the context. */
public interface DocumentRule extends Rule {
    void check(DotenvDocument document, RuleContext context);
}
