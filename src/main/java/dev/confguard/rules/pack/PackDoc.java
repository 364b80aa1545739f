package dev.confguard.rules.pack;

import dev.confguard.rules.RuleDocs;

/**
 * A pack rule's documentation, written in the pack under {@code doc:}; rendered with the headings every
 * rule doc has, so {@code explain} and the generated docs treat pack rules like the others.
 */
public record PackDoc(String what, String why, String example, String fix, String notes) {

    /** The doc as Markdown: What it does / Why is this bad / Example / Use instead (/ Notes). */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(RuleDocs.HEADINGS[0]).append("\n\n").append(what.strip()).append("\n\n");
        out.append(RuleDocs.HEADINGS[1]).append("\n\n").append(why.strip()).append("\n\n");
        out.append(RuleDocs.HEADINGS[2]).append("\n\n").append(fenced(example)).append("\n\n");
        out.append(RuleDocs.HEADINGS[3]).append("\n\n").append(fenced(fix)).append('\n');
        if (notes != null && !notes.isBlank()) {
            out.append("\n## Notes\n\n").append(notes.strip()).append('\n');
        }
        return out.toString();
    }

    /** A code block as written, or the text fenced as an env file. */
    private static String fenced(String text) {
        String t = text.strip();
        return t.startsWith("```") ? t : "```env\n" + t + "\n```";
    }
}
