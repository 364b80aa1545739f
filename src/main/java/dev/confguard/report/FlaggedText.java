package dev.confguard.report;

import dev.confguard.engine.FileView;
import dev.confguard.engine.Report;
import dev.confguard.findings.Finding;
import dev.confguard.findings.Fingerprint;
import dev.confguard.secrets.SecretKeyNames;
import dev.confguard.source.LineIndex;
import dev.confguard.source.SourceFile;

/**
 * The text under a finding's range, for fingerprints: null when the file is not at hand, and null
 * for secret-looking keys, whose text is never hashed.
 */
public final class FlaggedText {
    private FlaggedText() {
    }

    public static String of(Report report, Finding f) {
        if (f.key() != null && SecretKeyNames.looksSecret(f.key())) {
            return null;
        }
        FileView view = report.files().get(f.file());
        if (view == null) {
            return null;
        }
        SourceFile source = view.source();
        LineIndex index = source.lineIndex();
        if (f.line() > index.lineCount() || f.endLine() > index.lineCount()) {
            return null;
        }
        int start = index.lineStart(f.line()) + f.column() - 1;
        int end = index.lineStart(f.endLine()) + f.endColumn() - 1;
        String text = source.text();
        if (start < 0 || end > text.length() || end < start) {
            return null;
        }
        return view.mask().apply(text, start, end);
    }

    public static String fingerprint(Report report, Finding f) {
        return Fingerprint.of(f, of(report, f));
    }
}
