package dev.confguard.rules.secrets;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.rules.RuleMeta;
import dev.confguard.rules.WorkspaceContext;
import dev.confguard.rules.WorkspaceRule;
import dev.confguard.secrets.verify.Status;
import dev.confguard.secrets.verify.Verdict;
import java.util.List;

/**
 * A secrets rule reports the references secret verification gave one status: each subclass names its
 * status and its message. Verification runs once per run, before the rules (see the engine); the
 * rules only report, so that each outcome can be selected, ignored and given its own severity.
 */
abstract class VerdictRule implements WorkspaceRule {
    private final RuleMeta meta;
    private final Status status;

    VerdictRule(RuleMeta meta, Status status) {
        this.meta = meta;
        this.status = status;
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    /** The finding's message for one verdict of this rule's status. */
    abstract String message(Verdict verdict);

    @Override
    public void check(List<ResolvedConfig> all, WorkspaceContext context) {
        for (Verdict v : context.secrets().verdicts()) {
            if (v.status() == status) {
                context.report(v.site().config(), where(v, context), v.site().key(), message(v), List.of());
            }
        }
    }

    /** The reference's own text in its file: inside the quotes of a quoted value. */
    private static dev.confguard.resolve.ValueOrigin where(Verdict v, WorkspaceContext context) {
        String value = v.site().value();
        if (value == null) {
            return v.site().at();
        }
        String text = v.site().reference().text();
        int start = value.indexOf(text);
        return start < 0 ? v.site().at() : context.within(v.site().at(), value, start, start + text.length());
    }

    /** How a message starts: the key and the reference as written, {@code KEY refers to 'sm://...'}. */
    static String refers(Verdict v) {
        String form = v.site().form();
        return v.site().key() + (form.equals("value") ? " refers to '" + v.site().reference().text() + "'"
                : " is mapped to '" + v.site().reference().text() + "' (" + form + ")");
    }
}
