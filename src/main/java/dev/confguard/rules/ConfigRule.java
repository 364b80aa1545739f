package dev.confguard.rules;

import dev.confguard.yaml.ConfigDocument;

/** A rule that looks at one parsed YAML or JSON config file and reports through the context. */
public interface ConfigRule extends Rule {
    void check(ConfigDocument document, RuleContext context);
}
