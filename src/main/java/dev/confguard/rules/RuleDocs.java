package dev.confguard.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Each rule's documentation lives in one Markdown resource, {@code rules/docs/<id>.md}, under the
 * fixed headings What it does / Why is this bad / Example / Use instead. {@code explain} prints it
 * and the generated docs are built from it.
 */
public final class RuleDocs {
    public static final String[] HEADINGS = {"## What it does", "## Why is this bad", "## Example", "## Use instead"};

    private RuleDocs() {
    }

    /** A rule's doc: a pack rule's comes from its pack entry, a Java rule's from its resource; null when none. */
    public static String of(Rule rule) {
        if (rule instanceof Documented) {
            return ((Documented) rule).docMarkdown();
        }
        return load(rule.id());
    }

    /** A rule that carries its own documentation (a rule pack's rule: its doc is in the pack). */
    public interface Documented {
        String docMarkdown();
    }

    /** The doc text, or null when the rule has none. */
    public static String load(String ruleId) {
        String resource = "/dev/confguard/rules/docs/" + ruleId + ".md";
        try (InputStream in = RuleDocs.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
