package dev.confguard.secrets.gcp;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.secretmanager.v1.AccessSecretVersionRequest;
import com.google.cloud.secretmanager.v1.ListSecretVersionsRequest;
import com.google.cloud.secretmanager.v1.ListSecretsRequest;
import com.google.cloud.secretmanager.v1.Secret;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretVersion;
import com.google.protobuf.Timestamp;
import dev.confguard.secrets.store.SecretStore;
import dev.confguard.secrets.store.SecretStoreException;
import dev.confguard.secrets.store.SecretStoreException.Reason;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.store.StoredVersion;
import dev.confguard.secrets.store.VersionState;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * The {@link SecretStore} of Google Cloud Secret Manager. Listing a project costs one paged
 * {@code ListSecrets}, then one paged {@code ListSecretVersions} per secret whose versions are asked for
 * (a check asks only for the secrets it references), metadata only, each once for the life of the store:
 * Secret Manager allows about 600 reads a minute per project, so a run must never ask once per reference. Payloads are read only by {@link #sha256}, hashed in memory and dropped.
 */
public final class GcpSecretStore implements SecretStore {
    /** The largest page Secret Manager serves: fewer pages, fewer reads of the quota. */
    private static final int PAGE_SIZE = 25_000;

    private final SecretManagerServiceClient client;
    private final GcpSettings settings;
    private final String description;
    private final SecretManagerFailures failures;
    /** What {@link #versionsOf} keeps for a secret deleted between the two listings. */
    private static final List<StoredVersion> VANISHED = java.util.Collections.unmodifiableList(new ArrayList<>());

    private final ConcurrentMap<String, FutureTask<List<Secret>>> listings = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, FutureTask<List<StoredVersion>>> versionListings = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private GcpSecretStore(SecretManagerServiceClient client, GcpSettings settings, String description) {
        this.client = client;
        this.settings = settings;
        this.description = description;
        this.failures = new SecretManagerFailures(description, settings);
    }

    /**
     * A store on the endpoint of {@code settings}, or on the real service when it names none. Fails with
     * INVALID for a malformed endpoint and PERMISSION_DENIED when credentials are needed but missing.
     */
    public static GcpSecretStore open(GcpSettings settings) throws SecretStoreException {
        QuietGrpcLogging.apply();
        GcpEndpoint endpoint = settings.endpoint() == null ? null : GcpEndpoint.parse(settings.endpoint());
        String description = endpoint == null
                ? "Secret Manager (secretmanager.googleapis.com)"
                : "Secret Manager at " + endpoint.authority();
        return new GcpSecretStore(SecretManagerClients.create(settings, endpoint, description), settings, description);
    }

    /** Every secret of {@code project} with all its versions, listed on first request, then from memory. */
    @Override
    public List<StoredSecret> secrets(String project) throws SecretStoreException {
        return secrets(project, null);
    }

    /**
     * Every secret of {@code project}, with the versions of those in {@code withVersions} (null: all).
     * The list of secrets is read once per project and each secret's versions once, whatever the
     * requests: one {@code ListSecrets}, then one {@code ListSecretVersions} per secret asked for.
     */
    @Override
    public List<StoredSecret> secrets(String project, Set<String> withVersions) throws SecretStoreException {
        checkOpen();
        checkName("project id", project);
        List<Secret> secrets = listed(project);
        List<Secret> wanted = new ArrayList<>();
        for (Secret secret : secrets) {
            if (withVersions == null || withVersions.contains(lastSegment(secret.getName()))) {
                wanted.add(secret);
            }
        }
        Map<String, List<StoredVersion>> versions = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            Secret secret = wanted.get(i);
            versions.put(secret.getName(), versionsOf(project, secret));
            if (settings.progress() != null) {
                settings.progress().listed(project, i + 1, wanted.size());
            }
        }
        List<StoredSecret> stored = new ArrayList<>(secrets.size());
        for (Secret secret : secrets) {
            boolean asked = versions.containsKey(secret.getName());
            List<StoredVersion> listedVersions = versions.get(secret.getName());
            if (asked && listedVersions == VANISHED) {
                continue;
            }
            stored.add(new StoredSecret(project, lastSegment(secret.getName()), instant(secret.getCreateTime()),
                    secret.getVersionAliasesMap(), asked ? listedVersions : null));
        }
        stored.sort(Comparator.comparing(StoredSecret::secret));
        return List.copyOf(stored);
    }

    /** The secrets of {@code project}, listed on the first request and then served from memory. */
    private List<Secret> listed(String project) throws SecretStoreException {
        FutureTask<List<Secret>> mine = new FutureTask<>(() -> list(project));
        FutureTask<List<Secret>> listing = listings.putIfAbsent(project, mine);
        if (listing == null) {
            listing = mine;
            listing.run();
        }
        try {
            return listing.get();
        } catch (ExecutionException e) {
            listings.remove(project, listing); // a failure is not kept: a later request may ask again
            throw rethrown(e, "listing project " + project);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretStoreException(Reason.UNAVAILABLE, description + ": interrupted while listing project "
                    + project);
        }
    }

    /** A secret's versions, listed on the first request and then served from memory ({@link #VANISHED} when gone). */
    private List<StoredVersion> versionsOf(String project, Secret secret) throws SecretStoreException {
        FutureTask<List<StoredVersion>> mine = new FutureTask<>(() -> {
            List<StoredVersion> found = versions(project, secret);
            return found == null ? VANISHED : found;
        });
        FutureTask<List<StoredVersion>> listing = versionListings.putIfAbsent(secret.getName(), mine);
        if (listing == null) {
            listing = mine;
            listing.run();
        }
        try {
            return listing.get();
        } catch (ExecutionException e) {
            versionListings.remove(secret.getName(), listing);
            throw rethrown(e, "listing versions of " + secret.getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretStoreException(Reason.UNAVAILABLE, description + ": interrupted while listing project "
                    + project);
        }
    }

    /** The failure a listing task ended with, rethrown in the caller's thread. */
    private static SecretStoreException rethrown(ExecutionException e, String what) {
        if (e.getCause() instanceof SecretStoreException failure) {
            return new SecretStoreException(failure.reason(), failure.getMessage(), failure.getCause());
        }
        if (e.getCause() instanceof RuntimeException bug) {
            throw bug;
        }
        throw new IllegalStateException(what + " failed", e.getCause());
    }

    private List<Secret> list(String project) throws SecretStoreException {
        List<Secret> secrets = new ArrayList<>();
        try {
            ListSecretsRequest request = ListSecretsRequest.newBuilder()
                    .setParent("projects/" + project).setPageSize(PAGE_SIZE).build();
            client.listSecrets(request).iterateAll().forEach(secrets::add);
        } catch (ApiException e) {
            throw failures.of(e, "listing secrets of project " + project, SecretManagerFailures.VIEWER_ROLE,
                    "project " + project + " does not exist or is not visible to these credentials");
        }
        return List.copyOf(secrets);
    }

    /** The versions of {@code secret}, or null when it was deleted after the project was listed. */
    private List<StoredVersion> versions(String project, Secret secret) throws SecretStoreException {
        String id = lastSegment(secret.getName());
        List<StoredVersion> versions = new ArrayList<>();
        try {
            ListSecretVersionsRequest request = ListSecretVersionsRequest.newBuilder()
                    .setParent(secret.getName()).setPageSize(PAGE_SIZE).build();
            for (SecretVersion version : client.listSecretVersions(request).iterateAll()) {
                VersionState state = state(version.getState());
                Long number = number(version.getName());
                if (state != null && number != null) {
                    versions.add(new StoredVersion(number, state, instant(version.getCreateTime())));
                }
            }
        } catch (ApiException e) {
            if (e.getStatusCode().getCode() == StatusCode.Code.NOT_FOUND) {
                return null;
            }
            throw failures.of(e, "listing versions of secret " + id + " in project " + project,
                    SecretManagerFailures.VIEWER_ROLE, "secret " + id + " of project " + project + " vanished");
        }
        return versions;
    }

    /** The SHA-256 of one version's payload; the copy of the payload held here is zeroed before returning. */
    @Override
    public byte[] sha256(String project, String secret, String version) throws SecretStoreException {
        checkOpen();
        checkName("project id", project);
        checkName("secret id", secret);
        checkName("version", version);
        String doing = "reading version " + version + " of secret " + secret + " in project " + project;
        byte[] payload;
        try {
            payload = client.accessSecretVersion(AccessSecretVersionRequest.newBuilder()
                    .setName("projects/" + project + "/secrets/" + secret + "/versions/" + version).build())
                    .getPayload().getData().toByteArray();
        } catch (ApiException e) {
            throw failures.of(e, doing, SecretManagerFailures.ACCESSOR_ROLE,
                    "version " + version + " of secret " + secret + " in project " + project + " does not exist");
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(payload);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } finally {
            Arrays.fill(payload, (byte) 0);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    /** Shuts the client down, waiting briefly for calls in flight. */
    @Override
    public void close() {
        closed = true;
        client.shutdown();
        try {
            if (!client.awaitTermination(2, TimeUnit.SECONDS)) {
                client.shutdownNow();
            }
        } catch (InterruptedException e) {
            client.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Using a closed store is a programming error, reported as such rather than as a failed call. */
    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(description + " is closed");
        }
    }

    /** A name becomes one segment of a resource path: a slash or a blank would make it another resource. */
    private void checkName(String what, String name) throws SecretStoreException {
        boolean valid = name != null && !name.isEmpty() && name.chars().noneMatch(c -> c == '/' || c <= ' ');
        if (!valid) {
            throw new SecretStoreException(Reason.INVALID, description + ": '"
                    + Messages.quote(String.valueOf(name)) + "' is not a valid " + what);
        }
    }

    private static VersionState state(SecretVersion.State state) {
        switch (state) {
            case ENABLED:
                return VersionState.ENABLED;
            case DISABLED:
                return VersionState.DISABLED;
            case DESTROYED:
                return VersionState.DESTROYED;
            default:
                return null; // STATE_UNSPECIFIED, or a state newer than this client
        }
    }

    /** The version number, the last segment of {@code projects/P/secrets/S/versions/N}. */
    private static Long number(String name) {
        try {
            return Long.parseLong(lastSegment(name));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The last segment of a resource name. The project segment is not used: the service puts its number there. */
    private static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
