package dev.confguard.secrets.audit;

import dev.confguard.secrets.SecretRef;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.store.StoredVersion;
import dev.confguard.secrets.verify.SecretVerification;
import dev.confguard.secrets.verify.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@code confguard secrets audit} reports: every reference with its status, references pinned to a
 * version older than the newest enabled one, versions in use older than the maximum age, and secrets in
 * the store's projects that nothing references (orphans). Metadata only.
 */
public record SecretAudit(List<AuditEntry> references, List<StoredSecret> orphans, List<String> incomplete,
                          Duration maxAge, Instant now) {
    public SecretAudit {
        references = List.copyOf(references);
        orphans = List.copyOf(orphans);
        incomplete = List.copyOf(incomplete);
    }

    /**
     * Builds the audit from a verification and every project listed (those the references name and those
     * the environments in scope own); {@code failures} are the projects that could not be listed.
     */
    public static SecretAudit of(SecretVerification verification, Map<String, List<StoredSecret>> listed,
                                 List<String> failures, Duration maxAge, Instant now) {
        List<AuditEntry> entries = new ArrayList<>();
        Set<String> referenced = new HashSet<>();
        for (Verdict v : verification.verdicts()) {
            SecretRef ref = v.ref();
            if (ref != null && ref.project() != null) {
                referenced.add(ref.project() + "/" + ref.secret());
            }
            entries.add(entry(v, maxAge, now));
        }
        List<StoredSecret> orphans = new ArrayList<>();
        for (Map.Entry<String, List<StoredSecret>> project : new TreeMap<>(listed).entrySet()) {
            for (StoredSecret secret : project.getValue()) {
                if (!referenced.contains(project.getKey() + "/" + secret.secret())) {
                    orphans.add(secret);
                }
            }
        }
        List<String> incomplete = new ArrayList<>(verification.incomplete());
        for (String failure : failures) {
            if (!incomplete.contains(failure)) {
                incomplete.add(failure);
            }
        }
        return new SecretAudit(entries, orphans, incomplete, maxAge, now);
    }

    private static AuditEntry entry(Verdict v, Duration maxAge, Instant now) {
        StoredVersion version = v.version();
        Long newer = null;
        if (version != null && v.secret() != null && isNumber(v.ref().version())) {
            StoredVersion newest = v.secret().newestEnabled();
            if (newest != null && newest.number() > version.number()) {
                newer = newest.number();
            }
        }
        Duration age = version == null ? null : Duration.between(version.created(), now);
        return new AuditEntry(v, newer, age, age != null && age.compareTo(maxAge) > 0);
    }

    private static boolean isNumber(String version) {
        return !version.isEmpty() && version.chars().allMatch(Character::isDigit);
    }

    public long broken() {
        return references.stream().filter(AuditEntry::broken).count();
    }

    public long pinnedOld() {
        return references.stream().filter(AuditEntry::pinnedOld).count();
    }

    public long tooOld() {
        return references.stream().filter(AuditEntry::tooOld).count();
    }
}
