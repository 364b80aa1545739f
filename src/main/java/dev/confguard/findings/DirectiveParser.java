package dev.confguard.findings;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a directive out of a comment's text ({@code # confguard-disable-next-line a/b, c/d -- why}).
 * Anything after {@code --} is a free-text reason. Returns null for ordinary comments.
 */
public final class DirectiveParser {
    private DirectiveParser() {
    }

    /**
     * @param comment the comment text starting at {@code #}
     * @param line the comment's line
     * @param column the column of the {@code #}
     */
    public static Directive parse(String comment, int line, int column) {
        int i = 1;
        while (i < comment.length() && (comment.charAt(i) == ' ' || comment.charAt(i) == '\t')) {
            i++;
        }
        if (!comment.startsWith("confguard-", i)) {
            return null;
        }
        int wordEnd = i;
        while (wordEnd < comment.length() && !Character.isWhitespace(comment.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = comment.substring(i, wordEnd);
        Directive.Kind kind = null;
        for (Directive.Kind k : Directive.Kind.values()) {
            if (k.word().equals(word)) {
                kind = k;
            }
        }
        if (kind == null) {
            return null;
        }
        String rest = comment.substring(wordEnd);
        int reason = rest.indexOf("--");
        if (reason >= 0) {
            rest = rest.substring(0, reason);
        }
        List<String> rules = new ArrayList<>();
        for (String part : rest.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                rules.add(part);
            }
        }
        int listStart = wordEnd;
        while (listStart < comment.length() && Character.isWhitespace(comment.charAt(listStart))) {
            listStart++;
        }
        int listEnd = wordEnd + rest.stripTrailing().length();
        return new Directive(kind, rules, line, column + listStart, column + Math.max(listStart, listEnd), line + 1);
    }
}
