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
    public void write(Report report, Writer writer) throws IOException {
        // A million findings make a report of hundreds of MB: each line is written piece by piece into
        // one reusable buffer, never built as a String first.
        Sink out = new Sink(writer);
        for (Finding f : report.findings()) {
            ansi.start(Ansi.BOLD, out);
            out.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(':');
            ansi.end(out);
            out.append(' ');
            severity(f.severity(), out);
            out.append(' ');
            ansi.start(Ansi.DIM, out);
            out.append(f.ruleId()).append(':');
            ansi.end(out);
            out.append(' ').append(f.message()).append('\n');
            FileView view = report.files().get(f.file());
            if (view != null) {
                writeFrame(view, f, out);
            }
        }
        out.append(summary(report)).append('\n');
        out.flush();
    }

    private void severity(Severity s, Sink out) throws IOException {
        switch (s) {
            case ERROR:
                ansi.start(Ansi.RED, out);
                out.append("error");
                break;
            case WARNING:
                ansi.start(Ansi.YELLOW, out);
                out.append("warning");
                break;
            default:
                ansi.start(Ansi.BLUE, out);
                out.append("info");
                break;
        }
        ansi.end(out);
    }

    private void writeFrame(FileView view, Finding f, Sink out) throws IOException {
        SourceFile source = view.source();
        LineIndex index = source.lineIndex();
        if (f.line() > index.lineCount()) {
            return;
        }
        String text = source.text();
        int start = index.lineStart(f.line());
        // the line runs to its break: the next line's start less the break (LF, CR or CRLF), or to the end
        int end = text.length();
        if (f.line() < index.lineCount()) {
            end = index.lineStart(f.line() + 1) - 1;
            if (end > start && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        String line = visible(view.mask().apply(text, start, end));
        int digits = out.digits(f.line());
        ansi.start(Ansi.DIM, out);
        out.append(' ').append(f.line()).append(" | ");
        ansi.end(out);
        out.append(line).append('\n');
        int from = f.column() - 1;
        int to = f.endLine() == f.line() ? f.endColumn() - 1 : line.length();
        int width = Math.max(1, to - from);
        ansi.start(Ansi.DIM, out);
        out.append(' ').repeat(' ', digits).append(" | ");
        ansi.end(out);
        out.repeat(' ', Math.max(0, from));
        ansi.start(Ansi.RED, out);
        out.repeat('^', width);
        ansi.end(out);
        out.append('\n');
    }

    /** One visible char per UTF-16 unit, so carets stay aligned and no terminal escape gets through. */
    static String visible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && out == null) {
                continue; // printable ASCII, nearly every char
            }
            char shown = c == '\t' ? ' '
                    : c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || Utf8.isEscapedByte(c) || c == '\uFEFF' ? '\uFFFD'
                    : c;
            if (shown != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(shown);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * A buffer in front of the report's Writer: appends without a lock or an allocation per piece, and
     * hands the Writer large blocks.
     */
    static final class Sink {
        private final Writer out;
        private final char[] buffer = new char[1 << 14];
        private int size;

        Sink(Writer out) {
            this.out = out;
        }

        Sink append(String s) throws IOException {
            int length = s.length();
            int at = 0;
            while (at < length) {
                if (size == buffer.length) {
                    drain();
                }
                int n = Math.min(length - at, buffer.length - size);
                s.getChars(at, at + n, buffer, size);
                size += n;
                at += n;
            }
            return this;
        }

        Sink append(char c) throws IOException {
            if (size == buffer.length) {
                drain();
            }
            buffer[size++] = c;
            return this;
        }

        /** The decimal digits of a non-negative int, as {@code Integer.toString} writes them. */
        Sink append(int n) throws IOException {
            if (n < 0) {
                return append(Integer.toString(n));
            }
            int digits = digits(n);
            if (size + digits > buffer.length) {
                drain();
            }
            for (int i = size + digits - 1; i >= size; i--) {
                buffer[i] = (char) ('0' + n % 10);
                n /= 10;
            }
            size += digits;
            return this;
        }

        Sink repeat(char c, int count) throws IOException {
            for (int i = 0; i < count; i++) {
                append(c);
            }
            return this;
        }

        int digits(int n) {
            return n < 0 ? Integer.toString(n).length() : n < 10 ? 1 : 1 + digits(n / 10);
        }

        private void drain() throws IOException {
            out.write(buffer, 0, size);
            size = 0;
        }

        void flush() throws IOException {
            drain();
        }
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
