package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Edit;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import java.util.List;

/** A blank line that follows another blank line, or a blank line at the end of the file; the fix deletes it. */
public final class ExtraBlankLineRule implements DocumentRule {
    private static final RuleMeta META = RuleMeta.of("dotenv/extra-blank-line",
            "More than one blank line in a row, or blank lines at the end of the file", Severity.WARNING,
            Fixability.SAFE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DotenvDocument document, RuleContext context) {
        List<DotenvLine> lines = document.lines();
        int lastContent = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!(lines.get(i) instanceof DotenvLine.Blank)) {
                lastContent = i;
                break;
            }
        }
        SafeFixes fixes = SafeFixes.in(document, context);
        for (int i = 0; i < lines.size(); i++) {
            DotenvLine line = lines.get(i);
            if (!(line instanceof DotenvLine.Blank)) {
                continue;
            }
            boolean afterBlank = i > 0 && lines.get(i - 1) instanceof DotenvLine.Blank;
            Edit delete = Edit.delete(line.span().start(), line.span().end());
            if (afterBlank) {
                fixes.add(line.span(), "extra blank line", null, "delete the line", delete);
            } else if (i > lastContent && lastContent >= 0) {
                fixes.add(line.span(), "blank line at the end of the file", null, "delete the line", delete);
            }
        }
        fixes.report();
    }
}
