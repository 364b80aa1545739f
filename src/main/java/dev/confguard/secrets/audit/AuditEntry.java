package dev.confguard.secrets.audit;

import dev.confguard.secrets.verify.Status;
import dev.confguard.secrets.verify.Verdict;
import java.time.Duration;

/**
 * One reference in an audit: its verdict; {@code newerEnabled} is the newest enabled version when the
 * reference pins an older number (else null); {@code age} is how old the version it names is (null when
 * not known), and {@code tooOld} whether that exceeds the audit's maximum age.
 */
public record AuditEntry(Verdict verdict, Long newerEnabled, Duration age, boolean tooOld) {

    /** The reference is broken: verification found something wrong (not merely unchecked). */
    public boolean broken() {
        Status s = verdict.status();
        return s != Status.OK && s != Status.NOT_VERIFIED && s != Status.UNCHECKED;
    }

    public boolean pinnedOld() {
        return newerEnabled != null;
    }
}
