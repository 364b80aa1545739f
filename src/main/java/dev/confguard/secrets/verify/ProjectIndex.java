package dev.confguard.secrets.verify;

import dev.confguard.secrets.SecretRef;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.store.StoredVersion;
import dev.confguard.secrets.store.VersionState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One project's secrets by id, and what a reference into it finds. A repository refers to the same
 * secret from many files (a shared layer is resolved once per environment), so each (secret, version)
 * is judged once and the verdict's reasoning reused.
 */
final class ProjectIndex {
    private final Map<String, StoredSecret> byId = new HashMap<>();
    private final List<StoredSecret> secrets;
    private final Map<String, Judgement> judged = new HashMap<>();

    private record Judgement(Status status, StoredSecret secret, StoredVersion version, String explanation) {
    }

    ProjectIndex(List<StoredSecret> secrets) {
        this.secrets = secrets;
        for (StoredSecret s : secrets) {
            byId.put(s.secret(), s);
        }
    }

    Verdict lookUp(ReferenceSite site, SecretRef ref) {
        Judgement j = judged.computeIfAbsent(ref.secret() + "\u0000" + ref.version(), k -> judge(ref));
        return new Verdict(site, ref, j.status(), j.secret(), j.version(), j.explanation());
    }

    private Judgement judge(SecretRef ref) {
        StoredSecret secret = byId.get(ref.secret());
        if (secret == null) {
            return new Judgement(Status.MISSING_SECRET, null, null, "project " + ref.project() + " has no secret "
                    + ref.secret() + SecretNames.suggestion(ref.secret(), secrets));
        }
        StoredVersion newestEnabled = secret.newestEnabled();
        if (newestEnabled == null) {
            return new Judgement(Status.NO_ENABLED_VERSION, secret, null, "secret " + ref.secret()
                    + " has no enabled version (" + describeVersions(secret) + ")");
        }
        StoredVersion version = secret.resolve(ref.version());
        if (version == null) {
            return new Judgement(Status.MISSING_VERSION, secret, null, "secret " + ref.secret() + " has no version "
                    + ref.version() + " (newest enabled: " + newestEnabled.number() + ")");
        }
        if (version.state() != VersionState.ENABLED) {
            String which = ref.isLatest() ? "latest is version " + version.number() + ", which is "
                    : "version " + version.number() + " is ";
            return new Judgement(Status.VERSION_NOT_ENABLED, secret, version, which
                    + version.state().name().toLowerCase(Locale.ROOT) + " (newest enabled: " + newestEnabled.number()
                    + ")");
        }
        return new Judgement(Status.OK, secret, version, "");
    }

    private static String describeVersions(StoredSecret secret) {
        if (secret.versions().isEmpty()) {
            return "it has no version";
        }
        List<String> parts = new ArrayList<>();
        List<StoredVersion> oldestFirst = new ArrayList<>(secret.versions());
        Collections.reverse(oldestFirst);
        for (StoredVersion v : oldestFirst) {
            parts.add(v.number() + " " + v.state().name().toLowerCase(Locale.ROOT));
        }
        return "versions: " + String.join(", ", parts);
    }
}
