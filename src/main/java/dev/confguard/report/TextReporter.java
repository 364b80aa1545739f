package dev.confguard.report;

import dev.confguard.engine.FileView;
import dev.confguard.engine.Report;
import dev.confguard.findings.Finding;
import dev.confguard.findings.Severity;
import dev.confguard.source.LineIndex;
import dev.confguard.source.SourceFile;
import dev.confguard.source.Utf8;
import java.io.IOException;
import java.io.Writer;

/**
 * For people: {@code file:line:col: severity rule-id: message}, a code frame with carets under the
 * range (secret values masked, control characters made visible), and a summary line.
 */
public final class TextReporter implements Reporter {
    private final Ansi ansi;

    public TextReporter(boolean color) {
        this.ansi = new Ansi(color);
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (Finding f : report.findings()) {
            out.write(ansi.bold(f.file() + ":" + f.line() + ":" + f.column() + ":") + " " + severity(f.severity()) + " "
                    + ansi.dim(f.ruleId() + ":") + " " + f.message() + "\n");
            FileView view = report.files().get(f.file());
            if (view != null) {
                writeFrame(view, f, out);
            }
        }
        out.write(summary(report) + "\n");
    }

    private String severity(Severity s) {
        switch (s) {
            case ERROR:
                return ansi.red("error");
            case WARNING:
                return ansi.yellow("warning");
            default:
                return ansi.blue("info");
        }
    }

    private void writeFrame(FileView view, Finding f, Writer out) throws IOException {
        SourceFile source = view.source();
        LineIndex index = source.lineIndex();
        if (f.line() > index.lineCount()) {
            return;
        }
        String text = source.text();
        int start = index.lineStart(f.line());
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String line = visible(view.mask().apply(text, start, end));
        String number = Integer.toString(f.line());
        String gutter = " ".repeat(number.length());
        out.write(ansi.dim(" " + number + " | ") + line + "\n");
        int from = f.column() - 1;
        int to = f.endLine() == f.line() ? f.endColumn() - 1 : line.length();
        int width = Math.max(1, to - from);
        out.write(ansi.dim(" " + gutter + " | ") + " ".repeat(Math.max(0, from))
                + ansi.red("^".repeat(width)) + "\n");
    }

    /** One visible char per UTF-16 unit, so carets stay aligned and no terminal escape gets through. */
    static String visible(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || Utf8.isEscapedByte(c) || c == '\uFEFF') {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String summary(Report report) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        long total = errors + warnings + infos;
        String files = report.fileCount() + (report.fileCount() == 1 ? " file" : " files");
        String baselined = report.baselined() == 0 ? ""
                : " " + report.baselined() + (report.baselined() == 1 ? " finding" : " findings")
                + " accepted by the baseline.";
        String incomplete = report.isIncomplete() ? " Incomplete: " + plural(report.incomplete().size(), "check")
                + " could not run." : "";
        if (total == 0) {
            return (report.isIncomplete() ? "No problems found in " + files + ", but the run is incomplete."
                    : "No problems found in " + files + ".") + baselined + incomplete;
        }
        return "Found " + total + (total == 1 ? " problem" : " problems") + " (" + plural(errors, "error") + ", "
                + plural(warnings, "warning") + ", " + plural(infos, "info") + ") in " + files + "." + baselined
                + incomplete;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }
}
