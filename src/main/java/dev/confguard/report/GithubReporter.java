package dev.confguard.report;

import dev.confguard.engine.InputError;
import dev.confguard.engine.Report;
import dev.confguard.findings.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message},
 * which the runner turns into annotations on the pull request. Values are escaped as the runner expects.
 */
public final class GithubReporter implements Reporter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        for (Finding f : report.findings()) {
            String command = f.severity() == dev.confguard.findings.Severity.ERROR ? "error"
                    : f.severity() == dev.confguard.findings.Severity.WARNING ? "warning" : "notice";
            out.write("::" + command + " file=" + property(f.file()) + ",line=" + f.line() + ",col=" + f.column()
                    + ",endLine=" + f.endLine() + ",endColumn=" + f.endColumn() + ",title=" + property(f.ruleId())
                    + "::" + data(f.message()) + "\n");
        }
        for (InputError e : report.errors()) {
            out.write("::error title=confguard::" + data(e.message()) + "\n");
        }
        for (String reason : report.incomplete()) {
            out.write("::error title=confguard incomplete::" + data(reason) + "\n");
        }
        out.write(TextReporter.summary(report) + "\n");
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
