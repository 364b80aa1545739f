package dev.confguard.report;

import dev.confguard.engine.InputError;
import dev.confguard.engine.Report;
import dev.confguard.findings.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins and GitLab read it: one test suite per file with findings, one failing test
 * case per finding (its name says rule and position, its text the message); a clean run is one
 * passing test case, and an unusable input is an error test case, so CI never shows an empty report.
 */
public final class JunitReporter implements Reporter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "confguard");
            xml.writeAttribute("tests", Integer.toString(Math.max(1, report.findings().size())
                    + report.errors().size() + report.incomplete().size()));
            xml.writeAttribute("failures", Integer.toString(report.findings().size()));
            xml.writeAttribute("errors", Integer.toString(report.errors().size() + report.incomplete().size()));
            xml.writeCharacters("\n");
            if (report.findings().isEmpty()) {
                suite(xml, "confguard", 1, 0);
                testcase(xml, "confguard", report.fileCount() + " files checked");
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                suite(xml, e.getKey(), e.getValue().size(), e.getValue().size());
                for (Finding f : e.getValue()) {
                    testcase(xml, e.getKey(), f.ruleId() + " at " + f.line() + ":" + f.column()
                            + (f.service() == null ? "" : " [" + f.service() + "/" + f.environment() + "]"));
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", f.message());
                    xml.writeAttribute("type", f.ruleId());
                    xml.writeCharacters(f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + " "
                            + f.ruleId() + ": " + f.message());
                    xml.writeEndElement();
                    xml.writeEndElement();
                    xml.writeCharacters("\n");
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            if (report.isIncomplete()) {
                suite(xml, "incomplete", report.incomplete().size(), 0);
                for (String reason : report.incomplete()) {
                    testcase(xml, "incomplete", "secret verification");
                    xml.writeStartElement("error");
                    xml.writeAttribute("message", reason);
                    xml.writeAttribute("type", "incomplete");
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            if (!report.errors().isEmpty()) {
                suite(xml, "inputs", report.errors().size(), 0);
                for (InputError error : report.errors()) {
                    testcase(xml, "inputs", error.path());
                    xml.writeStartElement("error");
                    xml.writeAttribute("message", error.message());
                    xml.writeAttribute("type", "unusable-input");
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, String name, int tests, int failures) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", Integer.toString(tests));
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeCharacters("\n");
    }

    /** Opens a test case; the caller closes it (after a failure, if any). */
    private static void testcase(XMLStreamWriter xml, String classname, String name) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", classname);
        xml.writeAttribute("name", name);
        xml.writeAttribute("file", classname);
    }
}
