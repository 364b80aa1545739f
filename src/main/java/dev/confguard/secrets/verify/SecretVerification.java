package dev.confguard.secrets.verify;

import dev.confguard.secrets.ReferenceParse;
import dev.confguard.secrets.SecretRef;
import dev.confguard.secrets.store.SecretStore;
import dev.confguard.secrets.store.SecretStoreException;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.workspace.Environment;
import dev.confguard.workspace.SecretSettings;
import dev.confguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every reference of a run. Offline checks always run: the reference parses, names one secret, and
 * names its own environment's project. With a store, each project is listed once (never one call per
 * reference) and each reference is looked up: the secret exists, the version exists, it (or what
 * {@code latest} names) is enabled, and the secret has an enabled version at all. A project the store
 * cannot answer for leaves its references {@link Status#UNCHECKED} and the run {@link #incomplete()}.
 */
public final class SecretVerification {
    private final List<Verdict> verdicts;
    private final List<String> incomplete;
    private final Map<String, List<StoredSecret>> listed;
    private final Set<String> failedProjects;
    private final Map<String, String> payloadDigests;

    private SecretVerification(List<Verdict> verdicts, List<String> incomplete, Map<String, List<StoredSecret>> listed,
                               Set<String> failedProjects) {
        this(verdicts, incomplete, listed, failedProjects, Map.of());
    }

    private SecretVerification(List<Verdict> verdicts, List<String> incomplete, Map<String, List<StoredSecret>> listed,
                               Set<String> failedProjects, Map<String, String> payloadDigests) {
        this.verdicts = List.copyOf(verdicts);
        this.incomplete = List.copyOf(incomplete);
        this.listed = Collections.unmodifiableMap(listed);
        this.failedProjects = Set.copyOf(failedProjects);
        this.payloadDigests = Map.copyOf(payloadDigests);
    }

    /**
     * The same verification with the payload digest of every reference that resolved to an enabled
     * version ({@code --compare-secret-values}): each version is read once, hashed with SHA-256 in memory
     * and only the digest kept, so same-value and must-differ rules can compare secrets they cannot see.
     * A version the store refuses to read makes the run incomplete.
     */
    public SecretVerification withPayloadDigests(SecretStore store) {
        Map<String, String> byVersion = new HashMap<>();
        Map<String, String> bySite = new HashMap<>();
        List<String> reasons = new ArrayList<>(incomplete);
        for (Verdict v : verdicts) {
            if (v.status() != Status.OK || v.version() == null) {
                continue;
            }
            String version = v.ref().project() + "/" + v.ref().secret() + "/" + v.version().number();
            String digest = byVersion.get(version);
            if (digest == null && !byVersion.containsKey(version)) {
                try {
                    digest = java.util.HexFormat.of().formatHex(store.sha256(v.ref().project(), v.ref().secret(),
                            Long.toString(v.version().number())));
                } catch (SecretStoreException e) {
                    if (!reasons.contains(e.getMessage())) {
                        reasons.add(e.getMessage());
                    }
                }
                byVersion.put(version, digest);
            }
            if (digest != null) {
                bySite.put(siteKey(v.site().config(), v.site().key()), digest);
            }
        }
        return new SecretVerification(verdicts, reasons, listed, failedProjects, bySite);
    }

    /**
     * The SHA-256 of the payload {@code key} gets from Secret Manager in this configuration (a deploy
     * mapping wins over a reference in the value, as at deploy time), or null when not compared. Only
     * for comparing: never print it.
     */
    public String payloadDigest(dev.confguard.resolve.ResolvedConfig config, String key) {
        // asked for every value of every configuration: no key string when nothing was compared
        return payloadDigests.isEmpty() ? null : payloadDigests.get(siteKey(config, key));
    }

    private static String siteKey(dev.confguard.resolve.ResolvedConfig config, String key) {
        return config.service().name() + "\u0000" + config.environment().name() + "\u0000" + key;
    }

    /** No references, nothing checked. */
    public static SecretVerification none() {
        return new SecretVerification(List.of(), List.of(), Map.of(), Set.of());
    }

    /** The store could not be opened: the offline checks run, every other reference stays unchecked. */
    public static SecretVerification unreachable(Workspace workspace, List<ReferenceSite> sites, String reason) {
        SecretVerification offline = run(workspace, sites, null);
        List<Verdict> out = new ArrayList<>();
        for (Verdict v : offline.verdicts) {
            out.add(v.status() == Status.NOT_VERIFIED
                    ? new Verdict(v.site(), v.ref(), Status.UNCHECKED, null, null, reason) : v);
        }
        return new SecretVerification(out, List.of(reason), Map.of(), Set.of());
    }

    /** Verifies {@code sites}; {@code store} null runs the offline checks only. */
    public static SecretVerification run(Workspace workspace, List<ReferenceSite> sites, SecretStore store) {
        SecretSettings settings = workspace.secrets();
        Map<String, Set<String>> projectOwners = new HashMap<>();
        for (Environment env : workspace.environments()) {
            String project = settings.projectOf(env);
            if (project != null) {
                projectOwners.computeIfAbsent(project, p -> new java.util.TreeSet<>()).add(env.name());
            }
        }
        Map<String, Set<String>> referenced = new LinkedHashMap<>();
        List<Verdict> offline = new ArrayList<>();
        for (ReferenceSite site : sites) {
            Verdict v = offline(site, settings, projectOwners, store != null);
            offline.add(v);
            if (v.status() == Status.OK && store != null) {
                referenced.computeIfAbsent(v.ref().project(), p -> new java.util.HashSet<>()).add(v.ref().secret());
            }
        }
        Map<String, List<StoredSecret>> listed = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (String project : referenced.keySet()) {
            try {
                listed.put(project, store.secrets(project, referenced.get(project)));
            } catch (SecretStoreException e) {
                failures.put(project, e.getMessage());
            }
        }
        Map<String, ProjectIndex> indexes = new HashMap<>();
        listed.forEach((project, secrets) -> indexes.put(project, new ProjectIndex(secrets)));
        List<Verdict> out = new ArrayList<>(offline.size());
        for (Verdict v : offline) {
            if (v.status() != Status.OK || store == null) {
                out.add(store == null && v.status() == Status.OK
                        ? new Verdict(v.site(), v.ref(), Status.NOT_VERIFIED, null, null, "not verified") : v);
            } else if (failures.containsKey(v.ref().project())) {
                out.add(new Verdict(v.site(), v.ref(), Status.UNCHECKED, null, null, failures.get(v.ref().project())));
            } else {
                out.add(indexes.get(v.ref().project()).lookUp(v.site(), v.ref()));
            }
        }
        return new SecretVerification(out, new ArrayList<>(new LinkedHashSet<>(failures.values())), listed,
                failures.keySet());
    }

    private static Verdict offline(ReferenceSite site, SecretSettings settings, Map<String, Set<String>> owners,
                                   boolean storeOn) {
        ReferenceParse parse = site.reference();
        if (parse instanceof ReferenceParse.Malformed) {
            return new Verdict(site, null, Status.MALFORMED, null, null, ((ReferenceParse.Malformed) parse).reason());
        }
        if (parse instanceof ReferenceParse.Ambiguous) {
            return new Verdict(site, null, Status.AMBIGUOUS, null, null,
                    String.join("; ", ((ReferenceParse.Ambiguous) parse).readings()));
        }
        Environment env = site.config().environment();
        String own = settings.projectOf(env);
        SecretRef ref = ((ReferenceParse.Parsed) parse).ref().inProject(own);
        if (ref.project() == null) {
            return new Verdict(site, ref, storeOn ? Status.NO_PROJECT : Status.OK, null, null,
                    "it names no project and secrets.projects sets none for " + env.name());
        }
        Set<String> owner = owners.get(ref.project());
        if (owner != null && !owner.contains(env.name())) {
            return new Verdict(site, ref, Status.CROSS_ENVIRONMENT, null, null, "project " + ref.project()
                    + " belongs to " + String.join(" and ", owner) + ", not " + env.name()
                    + (own == null ? "" : " (whose project is " + own + ")"));
        }
        return new Verdict(site, ref, Status.OK, null, null, "");
    }

    public List<Verdict> verdicts() {
        return verdicts;
    }

    /** One line per project the store could not answer for; empty when the run is complete. */
    public List<String> incomplete() {
        return incomplete;
    }

    /** The projects the store could not list. */
    public Set<String> failedProjects() {
        return failedProjects;
    }

    /** The secrets of each project the store listed (for the audit's orphans). */
    public Map<String, List<StoredSecret>> listed() {
        return listed;
    }
}
