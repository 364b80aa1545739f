package dev.confguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.rules.pack.PackSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every registered rule (those of the builtin rule packs included, whose doc is in their pack) has
 * {@code rules/docs/<id>.md} with the headings What it does / Why is this bad
 * / Example / Use instead, in that order (an optional Notes may follow), no top-level title (explain
 * prints it), and a fenced code block under Example and under Use instead.
 */
class RuleDocsTest {
    private static final String NOTES = "## Notes";

    @Test
    void everyRuleHasADocWithTheFixedHeadingsAndExamples() {
        List<String> problems = new ArrayList<>();
        for (Rule rule : PackSet.catalogRegistry().all()) {
            String doc = RuleDocs.of(rule);
            if (doc == null) {
                problems.add(rule.id() + ": no doc (src/main/resources/dev/confguard/rules/docs/" + rule.id() + ".md)");
                continue;
            }
            for (String problem : check(doc)) {
                problems.add(rule.id() + ": " + problem);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckItselfCatchesBrokenDocs() {
        String good = "## What it does\n\nx\n\n## Why is this bad\n\ny\n\n## Example\n\n```env\nA=1\n```\n\n"
                + "## Use instead\n\n```env\nB=1\n```\n";
        assertThat(check(good)).isEmpty();
        assertThat(check(good + "\n## Notes\n\nz\n")).isEmpty();
        assertThat(check("# title\n\n" + good)).isNotEmpty();
        assertThat(check(good.replace("## Why is this bad\n\ny\n\n", ""))).isNotEmpty();
        assertThat(check(good.replace("```env\nB=1\n```\n", "B=1\n"))).isNotEmpty();
        assertThat(check(good + "\n## Extra\n\nz\n")).isNotEmpty();
        // a '#' line inside a code block is a comment in the example, not a title
        assertThat(check(good.replace("```env\nA=1\n```", "```env\n# a comment\nA=1\n```"))).isEmpty();
    }

    /** What is wrong with one doc; empty when nothing is. */
    static List<String> check(String doc) {
        List<String> problems = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        StringBuilder current = null;
        boolean inFence = false;
        for (String line : doc.split("\r?\n", -1)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence && line.startsWith("# ")) {
                problems.add("top-level title '" + line + "' (explain prints the title)");
            } else if (!inFence && line.startsWith("##")) {
                headings.add(line.strip());
                current = new StringBuilder();
                sections.put(line.strip(), current);
                continue;
            }
            if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (inFence) {
            problems.add("a code fence is not closed");
        }
        List<String> required = Arrays.asList(RuleDocs.HEADINGS);
        List<String> withNotes = new ArrayList<>(required);
        withNotes.add(NOTES);
        if (!headings.equals(required) && !headings.equals(withNotes)) {
            problems.add("headings " + headings + ", expected " + required + " (optionally followed by " + NOTES + ")");
        }
        for (String heading : List.of("## Example", "## Use instead")) {
            StringBuilder body = sections.get(heading);
            if (body != null && !body.toString().matches("(?ms).*^```[a-z]*\n.*?^```\\s*$.*")) {
                problems.add(heading + " has no fenced code block");
            }
        }
        return problems;
    }
}
