package dev.confguard.secrets.gcp;

import com.google.cloud.secretmanager.v1.AccessSecretVersionRequest;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.GetSecretRequest;
import com.google.cloud.secretmanager.v1.GetSecretVersionRequest;
import com.google.cloud.secretmanager.v1.ListSecretVersionsRequest;
import com.google.cloud.secretmanager.v1.ListSecretVersionsResponse;
import com.google.cloud.secretmanager.v1.ListSecretsRequest;
import com.google.cloud.secretmanager.v1.ListSecretsResponse;
import com.google.cloud.secretmanager.v1.Secret;
import com.google.cloud.secretmanager.v1.SecretManagerServiceGrpc;
import com.google.cloud.secretmanager.v1.SecretPayload;
import com.google.cloud.secretmanager.v1.SecretVersion;
import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.confguard.secrets.store.VersionState;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A real gRPC Secret Manager on 127.0.0.1 over an in-memory store, for tests of clients: the same wire
 * protocol, paging, names and status codes as the service, with faults and delays on demand.
 *
 * <p>Methods are named as in the proto ({@link #LIST_SECRETS}, ...). Projects exist once they hold a
 * secret; unknown projects, secrets and versions are NOT_FOUND; accessing a version that is not enabled is
 * FAILED_PRECONDITION; {@code latest} is the newest version whatever its state. Names in answers carry the
 * project id, or its number after {@link #projectNumber} (as the real service does); requests may use either.
 *
 * <pre>{@code
 * try (SecretManagerTestServer server = new SecretManagerTestServer().start()) {
 *     server.addSecret("p", "db-password", created, Map.of());
 *     server.addVersion("p", "db-password", 1, VersionState.ENABLED, created, bytes);
 *     ... connect to server.endpoint() ...
 * }
 * }</pre>
 */
public final class SecretManagerTestServer implements AutoCloseable {
    public static final String LIST_SECRETS = "ListSecrets";
    public static final String LIST_SECRET_VERSIONS = "ListSecretVersions";
    public static final String GET_SECRET = "GetSecret";
    public static final String GET_SECRET_VERSION = "GetSecretVersion";
    public static final String ACCESS_SECRET_VERSION = "AccessSecretVersion";
    private static final Set<String> METHODS =
            Set.of(LIST_SECRETS, LIST_SECRET_VERSIONS, GET_SECRET, GET_SECRET_VERSION, ACCESS_SECRET_VERSION);
    private static final int SERVICE_MAX_PAGE = 25_000;

    private record VersionEntry(long number, VersionState state, Instant created, byte[] payload) {
    }

    private record SecretEntry(Instant created, Map<String, Long> aliases, TreeMap<Long, VersionEntry> versions) {
    }

    /** A fault for the next {@code remaining} calls of a method: a status to fail with, or a delay. */
    private static final class Fault {
        final Status.Code code;
        final Duration delay;
        int remaining;

        Fault(Status.Code code, Duration delay, int remaining) {
            this.code = code;
            this.delay = delay;
            this.remaining = remaining;
        }
    }

    private final Map<String, TreeMap<String, SecretEntry>> projects = new HashMap<>();
    private final Map<String, String> numbers = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private int maxPageSize = SERVICE_MAX_PAGE;
    private Server server;

    /** Binds 127.0.0.1 on a free port and starts serving. */
    public SecretManagerTestServer start() throws IOException {
        server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))
                .addService(new Service())
                .build()
                .start();
        return this;
    }

    public int port() {
        return server.getPort();
    }

    /** {@code 127.0.0.1:PORT}, what a client's endpoint setting takes. */
    public String endpoint() {
        return "127.0.0.1:" + port();
    }

    /** Adds a secret without versions (creating its project); {@code aliases} maps alias → version number. */
    public synchronized void addSecret(String project, String secret, Instant created, Map<String, Long> aliases) {
        projects.computeIfAbsent(project, p -> new TreeMap<>())
                .put(secret, new SecretEntry(created, Map.copyOf(aliases), new TreeMap<>()));
    }

    /** Adds a version to a secret added before. */
    public synchronized void addVersion(String project, String secret, long number, VersionState state,
                                        Instant created, byte[] payload) {
        SecretEntry stored = projects.get(project).get(secret);
        stored.versions().put(number, new VersionEntry(number, state, created, payload.clone()));
    }

    /** From now on names in answers carry {@code number} for {@code project}, as the real service does. */
    public synchronized void projectNumber(String project, long number) {
        numbers.put(project, Long.toString(number));
    }

    /** The next {@code times} calls of {@code method} fail with {@code code} (after earlier faults are used). */
    public synchronized void failNext(String method, Status.Code code, int times) {
        faultsOf(method).add(new Fault(code, null, times));
    }

    /** The next {@code times} calls of {@code method} wait {@code delay} before answering (to exceed deadlines). */
    public synchronized void delayNext(String method, Duration delay, int times) {
        faultsOf(method).add(new Fault(null, delay, times));
    }

    /** How many calls of {@code method} arrived, failed or not. */
    public synchronized int calls(String method) {
        checkMethod(method);
        return calls.getOrDefault(method, 0);
    }

    /** Caps every page at {@code max} items, whatever page size a client asks, so paging is exercised. */
    public synchronized void pageSize(int max) {
        maxPageSize = max;
    }

    /** Stops serving at once; calls in flight are cancelled. */
    @Override
    public void close() {
        if (server != null) {
            try {
                server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Deque<Fault> faultsOf(String method) {
        checkMethod(method);
        return faults.computeIfAbsent(method, m -> new ArrayDeque<>());
    }

    private static void checkMethod(String method) {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("not a method of this server: " + method + "; one of " + METHODS);
        }
    }

    /** Counts the call and takes its fault, if any. */
    private synchronized Fault arrive(String method) {
        calls.merge(method, 1, Integer::sum);
        Deque<Fault> queue = faults.get(method);
        Fault fault = queue == null ? null : queue.peek();
        if (fault == null) {
            return null;
        }
        if (--fault.remaining <= 0) {
            queue.poll();
        }
        return fault;
    }

    /**
     * Runs one call: counts it, applies its fault, then answers with {@code answer} or the status it throws.
     * A call whose client gave up during a delay is dropped, as it would be on the wire.
     */
    private <T> void serve(String method, StreamObserver<T> observer, Supplier<T> answer) {
        Fault fault = arrive(method);
        if (fault != null && fault.delay != null) {
            try {
                Thread.sleep(fault.delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (((ServerCallStreamObserver<T>) observer).isCancelled()) {
                return;
            }
        }
        if (fault != null && fault.code != null) {
            observer.onError(Status.fromCode(fault.code).withDescription("injected by the test").asRuntimeException());
            return;
        }
        T response;
        try {
            synchronized (this) {
                response = answer.get();
            }
        } catch (StatusRuntimeException e) {
            observer.onError(e);
            return;
        }
        observer.onNext(response);
        observer.onCompleted();
    }

    private final class Service extends SecretManagerServiceGrpc.SecretManagerServiceImplBase {
        @Override
        public void listSecrets(ListSecretsRequest request, StreamObserver<ListSecretsResponse> observer) {
            serve(LIST_SECRETS, observer, () -> {
                String project = project(segments(request.getParent(), "projects"));
                List<String> ids = new ArrayList<>(projects.get(project).keySet());
                int[] page = page(ids.size(), request.getPageSize(), request.getPageToken());
                ListSecretsResponse.Builder response = ListSecretsResponse.newBuilder().setTotalSize(ids.size());
                for (String id : ids.subList(page[0], page[1])) {
                    response.addSecrets(secret(project, id));
                }
                return response.setNextPageToken(page[1] < ids.size() ? Integer.toString(page[1]) : "").build();
            });
        }

        @Override
        public void listSecretVersions(ListSecretVersionsRequest request,
                                       StreamObserver<ListSecretVersionsResponse> observer) {
            serve(LIST_SECRET_VERSIONS, observer, () -> {
                String[] name = segments(request.getParent(), "projects", "secrets");
                String project = project(name);
                List<VersionEntry> newestFirst =
                        new ArrayList<>(stored(project, name[1]).versions().descendingMap().values());
                int[] page = page(newestFirst.size(), request.getPageSize(), request.getPageToken());
                ListSecretVersionsResponse.Builder response =
                        ListSecretVersionsResponse.newBuilder().setTotalSize(newestFirst.size());
                for (VersionEntry version : newestFirst.subList(page[0], page[1])) {
                    response.addVersions(version(project, name[1], version));
                }
                return response.setNextPageToken(page[1] < newestFirst.size() ? Integer.toString(page[1]) : "")
                        .build();
            });
        }

        @Override
        public void getSecret(GetSecretRequest request, StreamObserver<Secret> observer) {
            serve(GET_SECRET, observer, () -> {
                String[] name = segments(request.getName(), "projects", "secrets");
                String project = project(name);
                stored(project, name[1]);
                return secret(project, name[1]);
            });
        }

        @Override
        public void getSecretVersion(GetSecretVersionRequest request, StreamObserver<SecretVersion> observer) {
            serve(GET_SECRET_VERSION, observer, () -> {
                String[] name = segments(request.getName(), "projects", "secrets", "versions");
                String project = project(name);
                return version(project, name[1], resolve(project, name[1], name[2]));
            });
        }

        @Override
        public void accessSecretVersion(AccessSecretVersionRequest request,
                                        StreamObserver<AccessSecretVersionResponse> observer) {
            serve(ACCESS_SECRET_VERSION, observer, () -> {
                String[] name = segments(request.getName(), "projects", "secrets", "versions");
                String project = project(name);
                VersionEntry version = resolve(project, name[1], name[2]);
                if (version.state() != VersionState.ENABLED) {
                    throw Status.FAILED_PRECONDITION.withDescription(
                            request.getName() + " is in " + version.state() + " state.").asRuntimeException();
                }
                return AccessSecretVersionResponse.newBuilder()
                        .setName(versionName(project, name[1], version.number()))
                        .setPayload(SecretPayload.newBuilder().setData(ByteString.copyFrom(version.payload())))
                        .build();
            });
        }
    }

    /** The ids in {@code name} after each of {@code collections}, e.g. projects/P/secrets/S → [P, S]. */
    private static String[] segments(String name, String... collections) {
        String[] parts = name.split("/", -1);
        if (parts.length != 2 * collections.length) {
            throw Status.INVALID_ARGUMENT.withDescription("malformed name: " + name).asRuntimeException();
        }
        String[] ids = new String[collections.length];
        for (int i = 0; i < collections.length; i++) {
            if (!parts[2 * i].equals(collections[i]) || parts[2 * i + 1].isEmpty()) {
                throw Status.INVALID_ARGUMENT.withDescription("malformed name: " + name).asRuntimeException();
            }
            ids[i] = parts[2 * i + 1];
        }
        return ids;
    }

    /** The project id a request names by id or number; NOT_FOUND when it has no secrets. */
    private String project(String[] ids) {
        for (Map.Entry<String, String> number : numbers.entrySet()) {
            if (number.getValue().equals(ids[0])) {
                return number.getKey();
            }
        }
        if (!projects.containsKey(ids[0])) {
            throw Status.NOT_FOUND.withDescription("Project " + ids[0] + " not found").asRuntimeException();
        }
        return ids[0];
    }

    private SecretEntry stored(String project, String secret) {
        SecretEntry stored = projects.get(project).get(secret);
        if (stored == null) {
            throw Status.NOT_FOUND.withDescription("Secret " + secret + " not found").asRuntimeException();
        }
        return stored;
    }

    /** The version a request's version segment names: a number, {@code latest} or an alias. */
    private VersionEntry resolve(String project, String secret, String version) {
        SecretEntry stored = stored(project, secret);
        Long number;
        if (version.equals("latest")) {
            number = stored.versions().isEmpty() ? null : stored.versions().lastKey();
        } else if (stored.aliases().containsKey(version)) {
            number = stored.aliases().get(version);
        } else {
            try {
                number = Long.parseLong(version);
            } catch (NumberFormatException e) {
                number = null;
            }
        }
        VersionEntry found = number == null ? null : stored.versions().get(number);
        if (found == null) {
            throw Status.NOT_FOUND.withDescription("Secret Version " + version + " not found").asRuntimeException();
        }
        return found;
    }

    /** [from, to) of the page a token and size ask, capped by the service's and the test's page size. */
    private int[] page(int total, int requested, String token) {
        int size = Math.min(requested > 0 ? Math.min(requested, SERVICE_MAX_PAGE) : SERVICE_MAX_PAGE, maxPageSize);
        int from;
        try {
            from = token.isEmpty() ? 0 : Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw Status.INVALID_ARGUMENT.withDescription("bad page token").asRuntimeException();
        }
        if (from < 0 || from > total) {
            throw Status.INVALID_ARGUMENT.withDescription("bad page token").asRuntimeException();
        }
        return new int[] {from, Math.min(total, from + size)};
    }

    private String secretName(String project, String secret) {
        return "projects/" + numbers.getOrDefault(project, project) + "/secrets/" + secret;
    }

    private String versionName(String project, String secret, long number) {
        return secretName(project, secret) + "/versions/" + number;
    }

    private Secret secret(String project, String id) {
        SecretEntry stored = projects.get(project).get(id);
        return Secret.newBuilder()
                .setName(secretName(project, id))
                .setCreateTime(timestamp(stored.created()))
                .putAllVersionAliases(stored.aliases())
                .build();
    }

    private SecretVersion version(String project, String secret, VersionEntry version) {
        return SecretVersion.newBuilder()
                .setName(versionName(project, secret, version.number()))
                .setCreateTime(timestamp(version.created()))
                .setState(SecretVersion.State.valueOf(version.state().name()))
                .build();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
