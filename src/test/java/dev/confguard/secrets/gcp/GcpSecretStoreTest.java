package dev.confguard.secrets.gcp;

import static dev.confguard.secrets.gcp.SecretManagerTestServer.ACCESS_SECRET_VERSION;
import static dev.confguard.secrets.gcp.SecretManagerTestServer.LIST_SECRETS;
import static dev.confguard.secrets.gcp.SecretManagerTestServer.LIST_SECRET_VERSIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.confguard.secrets.store.SecretStoreException;
import dev.confguard.secrets.store.SecretStoreException.Reason;
import dev.confguard.secrets.store.StoreProgress;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.store.StoredVersion;
import dev.confguard.secrets.store.VersionState;
import io.grpc.Status;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class GcpSecretStoreTest {
    private static final String PROJECT = "netra-staging";
    private static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456789Z");
    private static final String PAYLOAD_TEXT = "payload-that-must-never-be-printed-7f3a";
    private static final byte[] PAYLOAD = PAYLOAD_TEXT.getBytes(StandardCharsets.UTF_8);
    /** Far above what any test here should take, yet bounded: a hang fails instead of blocking the build. */
    private static final Duration GENEROUS = Duration.ofSeconds(20);
    private static final int ATTEMPTS = 3;
    /** The call timeout of the tests that exceed it: short, yet ample for an answer on a connected channel. */
    private static final Duration TIMEOUT = Duration.ofMillis(400);

    private SecretManagerTestServer server;
    private final List<GcpSecretStore> stores = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server = new SecretManagerTestServer().start();
    }

    @AfterEach
    void stopAll() throws Exception {
        stores.forEach(GcpSecretStore::close);
        server.close();
    }

    /** Settings with quick retries, so persistent faults end in well under a second of backoff. */
    private GcpSettings settings(Duration callTimeout, StoreProgress progress) {
        return new GcpSettings(server.endpoint(), callTimeout, ATTEMPTS, Duration.ofMillis(20), progress);
    }

    private GcpSecretStore open(GcpSettings settings) throws SecretStoreException {
        GcpSecretStore store = GcpSecretStore.open(settings);
        stores.add(store);
        return store;
    }

    private GcpSecretStore open() throws SecretStoreException {
        return open(settings(Duration.ofSeconds(10), null));
    }

    /** Adds secret {@code s0}..{@code s(n-1)}, each with {@code versions} enabled versions. */
    private void addSecrets(int n, int versions) {
        for (int s = 0; s < n; s++) {
            server.addSecret(PROJECT, "s" + s, T0, Map.of());
            for (int v = 1; v <= versions; v++) {
                server.addVersion(PROJECT, "s" + s, v, VersionState.ENABLED, T0.plusSeconds(v), PAYLOAD);
            }
        }
    }

    private static void assertOneLineWithoutPayload(Throwable e) {
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r");
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(PAYLOAD_TEXT);
            assertThat(t.toString()).doesNotContain(PAYLOAD_TEXT);
        }
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    @Test
    void listsEverySecretWithVersionsInEveryStateAndAliases() throws Exception {
        server.addSecret(PROJECT, "api-key", T0, Map.of("prod", 1L, "canary", 3L));
        server.addVersion(PROJECT, "api-key", 1, VersionState.ENABLED, T0.plusSeconds(1), PAYLOAD);
        server.addVersion(PROJECT, "api-key", 2, VersionState.DISABLED, T0.plusSeconds(2), PAYLOAD);
        server.addVersion(PROJECT, "api-key", 3, VersionState.DESTROYED, T0.plusSeconds(3), PAYLOAD);
        server.addSecret(PROJECT, "db-password", T0.plusSeconds(60), Map.of());
        server.addVersion(PROJECT, "db-password", 7, VersionState.ENABLED, T0.plusSeconds(61), PAYLOAD);
        server.addSecret(PROJECT, "empty", T0.plusSeconds(120), Map.of());
        server.addSecret("other-project", "unrelated", T0, Map.of());

        List<StoredSecret> secrets = open().secrets(PROJECT);

        assertThat(secrets).extracting(StoredSecret::secret).containsExactly("api-key", "db-password", "empty");
        StoredSecret apiKey = secrets.get(0);
        assertThat(apiKey.project()).isEqualTo(PROJECT);
        assertThat(apiKey.created()).isEqualTo(T0);
        assertThat(apiKey.aliases()).isEqualTo(Map.of("prod", 1L, "canary", 3L));
        assertThat(apiKey.versions()).containsExactly(
                new StoredVersion(3, VersionState.DESTROYED, T0.plusSeconds(3)),
                new StoredVersion(2, VersionState.DISABLED, T0.plusSeconds(2)),
                new StoredVersion(1, VersionState.ENABLED, T0.plusSeconds(1)));
        assertThat(apiKey.resolve("prod").number()).isEqualTo(1);
        assertThat(apiKey.newestEnabled().number()).isEqualTo(1);
        assertThat(secrets.get(1).versions())
                .containsExactly(new StoredVersion(7, VersionState.ENABLED, T0.plusSeconds(61)));
        assertThat(secrets.get(2).versions()).isEmpty();
        assertThat(secrets.get(2).created()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void namesThatCarryTheProjectNumberStillBelongToTheProjectAsked() throws Exception {
        addSecrets(2, 2);
        server.projectNumber(PROJECT, 123456789012L);

        List<StoredSecret> secrets = open().secrets(PROJECT);

        assertThat(secrets).extracting(StoredSecret::project).containsOnly(PROJECT);
        assertThat(secrets).extracting(StoredSecret::secret).containsExactly("s0", "s1");
        assertThat(secrets).allSatisfy(s -> assertThat(s.versions()).extracting(StoredVersion::number)
                .containsExactly(2L, 1L));
    }

    @Test
    void followsEveryPageOfBothLists() throws Exception {
        int secretCount = 7;
        int versionCount = 5;
        int pageSize = 2;
        addSecrets(secretCount, versionCount);
        server.pageSize(pageSize);

        List<StoredSecret> secrets = open().secrets(PROJECT);

        assertThat(secrets).hasSize(secretCount);
        assertThat(secrets).allSatisfy(s -> assertThat(s.versions()).hasSize(versionCount));
        int pagesPerSecret = (versionCount + pageSize - 1) / pageSize;
        assertThat(server.calls(LIST_SECRETS)).isEqualTo((secretCount + pageSize - 1) / pageSize);
        assertThat(server.calls(LIST_SECRET_VERSIONS)).isEqualTo(secretCount * pagesPerSecret);
    }

    @Test
    void asksEachProjectOnceForTheLifeOfTheStore() throws Exception {
        addSecrets(3, 2);
        GcpSecretStore store = open();

        List<StoredSecret> first = store.secrets(PROJECT);
        int listCalls = server.calls(LIST_SECRETS);
        int versionCalls = server.calls(LIST_SECRET_VERSIONS);
        List<StoredSecret> second = store.secrets(PROJECT);

        assertThat(second).isEqualTo(first);
        assertThat(server.calls(LIST_SECRETS)).isEqualTo(listCalls).isEqualTo(1);
        assertThat(server.calls(LIST_SECRET_VERSIONS)).isEqualTo(versionCalls).isEqualTo(3);
    }

    @Test
    void listsTheVersionsOfTheSecretsAskedForOnly() throws Exception {
        addSecrets(4, 2);
        GcpSecretStore store = open();

        List<StoredSecret> some = store.secrets(PROJECT, java.util.Set.of("s1", "s3"));
        assertThat(some).extracting(StoredSecret::secret).containsExactly("s0", "s1", "s2", "s3");
        assertThat(some).extracting(StoredSecret::versionsListed).containsExactly(false, true, false, true);
        assertThat(some.get(1).newestEnabled().number()).isEqualTo(2L);
        assertThat(some.get(0).newestEnabled()).isNull();
        assertThat(server.calls(LIST_SECRET_VERSIONS)).isEqualTo(2);

        List<StoredSecret> all = store.secrets(PROJECT);
        assertThat(all).allSatisfy(secret -> assertThat(secret.versions()).hasSize(2));
        assertThat(server.calls(LIST_SECRETS)).isEqualTo(1);
        assertThat(server.calls(LIST_SECRET_VERSIONS)).as("s1 and s3 were listed already").isEqualTo(4);
        assertThat(store.secrets(PROJECT, java.util.Set.of())).extracting(StoredSecret::versionsListed)
                .containsOnly(false);
        assertThat(server.calls(LIST_SECRET_VERSIONS)).isEqualTo(4);
    }

    @Test
    void concurrentRequestsForOneProjectShareOneListing() throws Exception {
        addSecrets(3, 1);
        server.delayNext(LIST_SECRETS, Duration.ofMillis(300), 1); // keeps the first listing in flight
        GcpSecretStore store = open();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Callable<List<StoredSecret>> ask = () -> store.secrets(PROJECT);
            List<Future<List<StoredSecret>>> answers = pool.invokeAll(Collections.nCopies(threads, ask));
            for (Future<List<StoredSecret>> answer : answers) {
                assertThat(answer.get()).hasSize(3);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.calls(LIST_SECRETS)).isEqualTo(1);
        assertThat(server.calls(LIST_SECRET_VERSIONS)).isEqualTo(3);
    }

    @Test
    void reportsProgressAsEachSecretIsListed() throws Exception {
        addSecrets(3, 1);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        StoreProgress progress = (project, done, total) -> seen.add(project + " " + done + "/" + total);

        open(settings(Duration.ofSeconds(10), progress)).secrets(PROJECT);

        assertThat(seen).containsExactly(PROJECT + " 1/3", PROJECT + " 2/3", PROJECT + " 3/3");
    }

    @ParameterizedTest
    @EnumSource(value = Status.Code.class, names = {"UNAVAILABLE", "RESOURCE_EXHAUSTED"})
    void transientFailuresOfEveryCallAreRetried(Status.Code code) throws Exception {
        addSecrets(1, 1);
        int failures = ATTEMPTS - 1;
        server.failNext(LIST_SECRETS, code, failures);
        server.failNext(LIST_SECRET_VERSIONS, code, failures);
        server.failNext(ACCESS_SECRET_VERSION, code, failures);
        GcpSecretStore store = open();

        assertThat(store.secrets(PROJECT)).hasSize(1);
        assertThat(store.sha256(PROJECT, "s0", "1")).isEqualTo(sha256(PAYLOAD));
        assertThat(server.calls(LIST_SECRETS)).isEqualTo(failures + 1);
        assertThat(server.calls(LIST_SECRET_VERSIONS)).isEqualTo(failures + 1);
        assertThat(server.calls(ACCESS_SECRET_VERSION)).isEqualTo(failures + 1);
    }

    @Test
    void aCallThatOutlivesItsTimeoutIsRetried() throws Exception {
        addSecrets(1, 1);
        GcpSecretStore store = open(settings(TIMEOUT, null));
        store.sha256(PROJECT, "s0", "1"); // connects first, so only the delays below can exceed the timeout
        server.delayNext(LIST_SECRETS, TIMEOUT.multipliedBy(4), 1);
        server.delayNext(ACCESS_SECRET_VERSION, TIMEOUT.multipliedBy(4), 1);

        assertThat(store.secrets(PROJECT)).hasSize(1);
        assertThat(store.sha256(PROJECT, "s0", "latest")).isEqualTo(sha256(PAYLOAD));
        assertThat(server.calls(LIST_SECRETS)).isBetween(2, ATTEMPTS);
        assertThat(server.calls(ACCESS_SECRET_VERSION)).isBetween(1 + 2, 1 + ATTEMPTS);
    }

    @ParameterizedTest
    @EnumSource(value = Status.Code.class, names = {"UNAVAILABLE", "RESOURCE_EXHAUSTED"})
    void persistentTransientFailuresEndAfterTheLastAttempt(Status.Code code) throws Exception {
        addSecrets(1, 1);
        server.failNext(LIST_SECRETS, code, 1000);
        GcpSecretStore store = open();

        long start = System.nanoTime();
        SecretStoreException e = catchThrowableOfType(SecretStoreException.class, () -> store.secrets(PROJECT));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GENEROUS);
        assertThat(e.reason()).isEqualTo(code == Status.Code.UNAVAILABLE ? Reason.UNAVAILABLE : Reason.QUOTA);
        assertThat(e.getMessage()).startsWith("Secret Manager at " + server.endpoint() + ": ")
                .contains("listing secrets of project " + PROJECT);
        assertOneLineWithoutPayload(e);
        assertThat(server.calls(LIST_SECRETS)).isEqualTo(ATTEMPTS);
    }

    @Test
    void persistentTimeoutsEndUnavailableWithinTheBound() throws Exception {
        addSecrets(1, 1);
        GcpSecretStore store = open(settings(TIMEOUT, null));
        store.sha256(PROJECT, "s0", "1"); // connects first, so every listing attempt reaches the server
        server.delayNext(LIST_SECRETS, TIMEOUT.multipliedBy(4), 1000);

        long start = System.nanoTime();
        SecretStoreException e = catchThrowableOfType(SecretStoreException.class, () -> store.secrets(PROJECT));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GENEROUS);
        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(e.getMessage()).contains("no answer within 400ms");
        assertOneLineWithoutPayload(e);
        assertThat(server.calls(LIST_SECRETS)).isBetween(2, ATTEMPTS);
    }

    @Test
    void permissionDeniedOnListingIsFinalAndNamesTheViewerRole() throws Exception {
        addSecrets(1, 1);
        server.failNext(LIST_SECRETS, Status.Code.PERMISSION_DENIED, 1000);
        GcpSecretStore store = open();

        SecretStoreException e = catchThrowableOfType(SecretStoreException.class, () -> store.secrets(PROJECT));

        assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
        assertThat(e.getMessage()).isEqualTo("Secret Manager at " + server.endpoint()
                + ": permission denied listing secrets of project " + PROJECT + " (needs roles/secretmanager.viewer)");
        assertThat(server.calls(LIST_SECRETS)).isEqualTo(1);
    }

    @Test
    void permissionDeniedOnVersionsNamesTheViewerRole() throws Exception {
        addSecrets(1, 1);
        server.failNext(LIST_SECRET_VERSIONS, Status.Code.PERMISSION_DENIED, 1000);

        SecretStoreException e = catchThrowableOfType(SecretStoreException.class, () -> open().secrets(PROJECT));

        assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
        assertThat(e.getMessage()).contains("secret s0").contains("roles/secretmanager.viewer");
        assertThat(server.calls(LIST_SECRET_VERSIONS)).isEqualTo(1);
    }

    @Test
    void permissionDeniedOnAccessNamesTheAccessorRole() throws Exception {
        addSecrets(1, 1);
        server.failNext(ACCESS_SECRET_VERSION, Status.Code.PERMISSION_DENIED, 1000);

        SecretStoreException e = catchThrowableOfType(SecretStoreException.class,
                () -> open().sha256(PROJECT, "s0", "1"));

        assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
        assertThat(e.getMessage()).contains("reading version 1 of secret s0 in project " + PROJECT)
                .contains("roles/secretmanager.secretAccessor");
        assertOneLineWithoutPayload(e);
        assertThat(server.calls(ACCESS_SECRET_VERSION)).isEqualTo(1);
    }

    @Test
    void unauthenticatedIsAPermissionProblemAndIsNotRetried() throws Exception {
        addSecrets(1, 1);
        server.failNext(LIST_SECRETS, Status.Code.UNAUTHENTICATED, 1000);

        SecretStoreException e = catchThrowableOfType(SecretStoreException.class, () -> open().secrets(PROJECT));

        assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
        assertThat(e.getMessage()).contains("gcloud auth application-default login");
        assertThat(server.calls(LIST_SECRETS)).isEqualTo(1);
    }

    @Test
    void anUnknownProjectIsInvalidAndIsNotRetried() throws Exception {
        addSecrets(1, 1);

        SecretStoreException e = catchThrowableOfType(SecretStoreException.class,
                () -> open().secrets("no-such-project"));

        assertThat(e.reason()).isEqualTo(Reason.INVALID);
        assertThat(e.getMessage()).contains("project no-such-project does not exist or is not visible");
        assertThat(server.calls(LIST_SECRETS)).isEqualTo(1);
    }

    @Test
    void aFailedListingIsNotCached() throws Exception {
        addSecrets(1, 1);
        server.failNext(LIST_SECRETS, Status.Code.PERMISSION_DENIED, 1);
        GcpSecretStore store = open();

        assertThatThrownBy(() -> store.secrets(PROJECT)).isInstanceOf(SecretStoreException.class);
        assertThat(store.secrets(PROJECT)).hasSize(1);
        assertThat(server.calls(LIST_SECRETS)).isEqualTo(2);
    }

    @Test
    void sha256IsTheDigestOfThePayloadByNumberAliasOrLatest() throws Exception {
        byte[] older = "older-value".getBytes(StandardCharsets.UTF_8);
        server.addSecret(PROJECT, "token", T0, Map.of("stable", 1L));
        server.addVersion(PROJECT, "token", 1, VersionState.ENABLED, T0, older);
        server.addVersion(PROJECT, "token", 2, VersionState.ENABLED, T0.plusSeconds(1), PAYLOAD);
        GcpSecretStore store = open();

        assertThat(store.sha256(PROJECT, "token", "1")).isEqualTo(sha256(older));
        assertThat(store.sha256(PROJECT, "token", "stable")).isEqualTo(sha256(older));
        assertThat(store.sha256(PROJECT, "token", "2")).isEqualTo(sha256(PAYLOAD));
        assertThat(store.sha256(PROJECT, "token", "latest")).isEqualTo(sha256(PAYLOAD));
        assertThat(server.calls(LIST_SECRETS)).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = VersionState.class, names = {"DISABLED", "DESTROYED"})
    void aVersionThatIsNotEnabledCannotBeRead(VersionState state) throws Exception {
        server.addSecret(PROJECT, "token", T0, Map.of());
        server.addVersion(PROJECT, "token", 1, state, T0, PAYLOAD);

        SecretStoreException e = catchThrowableOfType(SecretStoreException.class,
                () -> open().sha256(PROJECT, "token", "1"));

        assertThat(e.reason()).isEqualTo(Reason.INVALID);
        assertThat(e.getMessage()).contains("disabled or destroyed");
        assertOneLineWithoutPayload(e);
        assertThat(server.calls(ACCESS_SECRET_VERSION)).isEqualTo(1);
    }

    @Test
    void aMissingVersionIsInvalid() throws Exception {
        addSecrets(1, 1);

        SecretStoreException e = catchThrowableOfType(SecretStoreException.class,
                () -> open().sha256(PROJECT, "s0", "9"));

        assertThat(e.reason()).isEqualTo(Reason.INVALID);
        assertThat(e.getMessage()).contains("version 9 of secret s0").contains("does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "", " x", "x\ny"})
    void namesThatWouldChangeTheResourcePathAreRefusedBeforeAnyCall(String name) throws Exception {
        GcpSecretStore store = open();

        assertThat(catchThrowableOfType(SecretStoreException.class, () -> store.secrets(name)).reason())
                .isEqualTo(Reason.INVALID);
        SecretStoreException e = catchThrowableOfType(SecretStoreException.class,
                () -> store.sha256(PROJECT, name, "1"));
        assertThat(e.reason()).isEqualTo(Reason.INVALID);
        assertOneLineWithoutPayload(e);
        assertThat(server.calls(LIST_SECRETS) + server.calls(ACCESS_SECRET_VERSION)).isZero();
    }

    @Test
    void anEndpointWithNothingListeningIsUnavailableQuickly() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        GcpSecretStore store = open(new GcpSettings("127.0.0.1:" + port, Duration.ofSeconds(5), ATTEMPTS,
                Duration.ofMillis(20), null));

        long start = System.nanoTime();
        SecretStoreException e = catchThrowableOfType(SecretStoreException.class, () -> store.secrets(PROJECT));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GENEROUS);
        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(e.getMessage()).startsWith("Secret Manager at 127.0.0.1:" + port + ": unavailable")
                .doesNotContain("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:", ":8085", "127.0.0.1:0", "127.0.0.1:65536",
        "http://127.0.0.1:8085", "host name:8085", "[::1:8085", "::1:8085", "bad\nhost:8085"})
    void aMalformedEndpointIsInvalid(String endpoint) {
        SecretStoreException e = catchThrowableOfType(SecretStoreException.class,
                () -> open(new GcpSettings(endpoint, Duration.ofSeconds(1), 1, Duration.ZERO, null)));

        assertThat(e.reason()).isEqualTo(Reason.INVALID);
        assertThat(e.getMessage()).contains("is not HOST:PORT").doesNotContain("\n");
    }

    @Test
    void describesTheEndpoint() throws Exception {
        assertThat(open().describe()).isEqualTo("Secret Manager at " + server.endpoint());
    }

    @Test
    void localhostIsReachedInPlaintextLikeTheLoopbackAddress() throws Exception {
        addSecrets(1, 1);
        GcpSecretStore store = open(new GcpSettings("localhost:" + server.port(), Duration.ofSeconds(10),
                ATTEMPTS, Duration.ofMillis(20), null));

        assertThat(store.secrets(PROJECT)).hasSize(1);
    }

    @Test
    void closeReleasesTheClientAndMayBeRepeated() throws Exception {
        GcpSecretStore store = GcpSecretStore.open(settings(Duration.ofSeconds(10), null));
        store.close();
        store.close();
        assertThatThrownBy(() -> store.secrets(PROJECT)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Secret Manager at " + server.endpoint() + " is closed");
    }
}
