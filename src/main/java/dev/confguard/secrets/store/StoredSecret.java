package dev.confguard.secrets.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One secret's metadata: its project and id, creation time, version aliases (alias → version number)
 * and versions, newest first. What {@code latest} names is the newest version, whatever its state.
 * {@code versions} is null when they were not listed (a secret no reference names).
 */
public record StoredSecret(String project, String secret, Instant created, Map<String, Long> aliases,
                           List<StoredVersion> versions) {
    public StoredSecret {
        aliases = Map.copyOf(aliases);
        if (versions != null) {
            List<StoredVersion> sorted = new ArrayList<>(versions);
            sorted.sort(Comparator.comparingLong(StoredVersion::number).reversed());
            versions = List.copyOf(sorted);
        }
    }

    /** Whether the versions were listed (they are for every secret a reference names). */
    public boolean versionsListed() {
        return versions != null;
    }

    /** The version a reference's version names (a number, {@code latest} or an alias), or null. */
    public StoredVersion resolve(String version) {
        if (versions == null) {
            return null;
        }
        if ("latest".equals(version)) {
            return versions.isEmpty() ? null : versions.get(0);
        }
        Long number = aliases.get(version);
        if (number == null) {
            try {
                number = Long.parseLong(version);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        for (StoredVersion v : versions) {
            if (v.number() == number) {
                return v;
            }
        }
        return null;
    }

    /** The newest enabled version, or null when none is enabled. */
    public StoredVersion newestEnabled() {
        if (versions == null) {
            return null;
        }
        for (StoredVersion v : versions) {
            if (v.state() == VersionState.ENABLED) {
                return v;
            }
        }
        return null;
    }
}
