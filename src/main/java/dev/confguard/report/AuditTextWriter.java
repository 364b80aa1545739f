package dev.confguard.report;

import dev.confguard.secrets.audit.AuditEntry;
import dev.confguard.secrets.audit.SecretAudit;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.store.StoredVersion;
import dev.confguard.secrets.verify.Status;
import dev.confguard.secrets.verify.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * {@code secrets audit} for people: one line per reference (status, where, which secret and version, how
 * old), then the pinned, aged and orphaned secrets, then a summary. Metadata only: no value is known.
 */
public final class AuditTextWriter {
    private AuditTextWriter() {
    }

    public static void write(SecretAudit audit, Writer out) throws IOException {
        out.write("Secret references (" + audit.references().size() + "):\n");
        for (AuditEntry e : audit.references()) {
            Verdict v = e.verdict();
            out.write("  " + pad(label(v.status()), 20) + v.site().at().location() + "  "
                    + v.site().config().service().name() + "/" + v.site().config().environment().name() + " "
                    + v.site().key() + " -> " + target(v) + detail(e) + "\n");
        }
        section(out, "Pinned to an old version", audit.pinnedOld());
        for (AuditEntry e : audit.references()) {
            if (e.pinnedOld()) {
                Verdict v = e.verdict();
                out.write("  " + v.site().at().location() + "  " + v.site().key() + " pins " + v.ref().display()
                        + "; version " + e.newerEnabled() + " is enabled\n");
            }
        }
        section(out, "Versions older than " + days(audit.maxAge().toDays()), audit.tooOld());
        for (AuditEntry e : audit.references()) {
            if (e.tooOld()) {
                Verdict v = e.verdict();
                out.write("  " + v.site().at().location() + "  " + v.site().key() + " -> " + v.ref().display()
                        + " is version " + v.version().number() + ", created " + v.version().created()
                        + " (" + days(e.age().toDays()) + " ago)\n");
            }
        }
        section(out, "Orphans (secrets nothing references)", audit.orphans().size());
        for (StoredSecret s : audit.orphans()) {
            StoredVersion newest = s.newestEnabled();
            out.write("  " + s.project() + "/" + s.secret() + (!s.versionsListed() ? ""
                    : newest == null ? " (no enabled version)" : " (newest enabled: " + newest.number() + ")") + "\n");
        }
        for (String reason : audit.incomplete()) {
            out.write("Incomplete: " + reason + "\n");
        }
        out.write(summary(audit) + "\n");
    }

    static String summary(SecretAudit audit) {
        long total = audit.references().size();
        long broken = audit.broken();
        return total + (total == 1 ? " reference: " : " references: ") + (total - broken) + " ok, " + broken
                + " broken; " + audit.pinnedOld() + " pinned to an old version; " + audit.tooOld() + " older than "
                + days(audit.maxAge().toDays()) + "; " + audit.orphans().size()
                + (audit.orphans().size() == 1 ? " orphan." : " orphans.")
                + (audit.incomplete().isEmpty() ? "" : " Incomplete: " + audit.incomplete().size()
                + " project(s) could not be checked.");
    }

    private static void section(Writer out, String title, long count) throws IOException {
        if (count > 0) {
            out.write(title + " (" + count + "):\n");
        }
    }

    static String label(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String target(Verdict v) {
        return v.ref() == null ? "'" + v.site().reference().text() + "'" : v.ref().display();
    }

    private static String detail(AuditEntry e) {
        Verdict v = e.verdict();
        if (v.status() == Status.OK && v.version() != null) {
            return " = version " + v.version().number() + " (" + days(e.age().toDays()) + " old)";
        }
        return v.explanation().isEmpty() ? "" : ": " + v.explanation();
    }

    private static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }
}
