package dev.confguard.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shapes of a file's finding messages, each kept once (issue 8). A rule words its findings alike:
 * {@code "the value of KEY needs no quotes"} differs from one finding to the next only by the key it
 * names. A form is a message cut at each place the finding's key appears ({@code "the value of "},
 * {@code " needs no quotes"}); a finding keeps the form's number, and its message is the form joined
 * with its key again, exactly the text the rule wrote.
 *
 * <p>Messages that are each worded differently (one naming a line number, say) would only fill the
 * table: a rule gets at most {@value #FORMS_PER_RULE} forms, and its other messages are kept whole by
 * the caller ({@link #encode} gives -1).
 */
final class MessageForms {
    static final int FORMS_PER_RULE = 1 << 10;

    private final List<Form> forms = new ArrayList<>();
    private final Map<Form, Form> known = new HashMap<>();
    /** Per rule: how many forms it has, and the last one it used (rules repeat one form in runs). */
    private int[] formsOfRule = new int[8];
    private Form[] lastOfRule = new Form[8];

    /** The number of the form {@code message} has around {@code key} (which may be null), or -1. */
    int encode(int rule, String message, String key) {
        if (rule >= lastOfRule.length) {
            int n = Math.max(rule + 1, lastOfRule.length * 2);
            lastOfRule = Arrays.copyOf(lastOfRule, n);
            formsOfRule = Arrays.copyOf(formsOfRule, n);
        }
        Form last = lastOfRule[rule];
        if (last != null && last.matches(message, key)) {
            return last.number;
        }
        Form form = known.get(Form.cut(message, key, -1));
        if (form == null) {
            if (formsOfRule[rule] >= FORMS_PER_RULE) {
                return -1;
            }
            formsOfRule[rule]++;
            form = Form.cut(message, key, forms.size());
            forms.add(form);
            known.put(form, form);
        }
        lastOfRule[rule] = form;
        return form.number;
    }

    /** The message form {@code number} gives with {@code key}. */
    String message(int number, String key) {
        return forms.get(number).join(key);
    }

    /** A message: the text around each occurrence of the key. Equal when the pieces are equal. */
    private static final class Form {
        private final String[] pieces;
        private final int number;
        private final int hash;

        private Form(String[] pieces, int number) {
            this.pieces = pieces;
            this.number = number;
            this.hash = Arrays.hashCode(pieces);
        }

        /** {@code message} cut at each occurrence of {@code key} (left to right, not overlapping). */
        static Form cut(String message, String key, int number) {
            if (key == null || key.isEmpty()) {
                return new Form(new String[] {message}, number);
            }
            List<String> pieces = new ArrayList<>(2);
            int from = 0;
            for (int at = message.indexOf(key); at >= 0; at = message.indexOf(key, from)) {
                pieces.add(message.substring(from, at));
                from = at + key.length();
            }
            pieces.add(message.substring(from));
            return new Form(pieces.toArray(new String[0]), number);
        }

        /** Whether joining the pieces with {@code key} gives {@code message}. */
        boolean matches(String message, String key) {
            int holes = pieces.length - 1;
            int keyLength = holes == 0 ? 0 : key == null ? -1 : key.length();
            if (keyLength < 0) {
                return false;
            }
            int length = holes * keyLength;
            for (String piece : pieces) {
                length += piece.length();
            }
            if (length != message.length()) {
                return false;
            }
            int at = 0;
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    if (!message.startsWith(key, at)) {
                        return false;
                    }
                    at += keyLength;
                }
                if (!message.startsWith(pieces[i], at)) {
                    return false;
                }
                at += pieces[i].length();
            }
            return true;
        }

        String join(String key) {
            if (pieces.length == 1) {
                return pieces[0];
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    out.append(key);
                }
                out.append(pieces[i]);
            }
            return out.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Form && hash == ((Form) o).hash && Arrays.equals(pieces, ((Form) o).pieces);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
