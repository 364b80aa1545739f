package dev.confguard.report;

import dev.confguard.engine.Report;
import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Reporters only format: they never decide exit codes. */
public interface Reporter {
    void write(Report report, Writer out) throws IOException;
}
