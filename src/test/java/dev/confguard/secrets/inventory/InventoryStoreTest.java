package dev.confguard.secrets.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.confguard.secrets.store.SecretStoreException;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.store.StoredVersion;
import dev.confguard.secrets.store.VersionState;
import dev.confguard.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryStoreTest {
    @TempDir
    Path dir;

    private InventoryStore load(String json) throws IOException {
        Path file = dir.resolve("inventory.json");
        Files.writeString(file, json);
        return InventoryStore.load(file, "inventory.json");
    }

    @Test
    void readsSecretsVersionsAndAliases() throws Exception {
        InventoryStore store = load("{\"inventoryVersion\": 1, \"projects\": {\"acme-staging\": {\"secrets\": {"
                + "\"db\": {\"createTime\": \"2026-01-01T00:00:00Z\", \"aliases\": {\"current\": 1},"
                + " \"versions\": {\"1\": {\"state\": \"ENABLED\", \"createTime\": \"2026-01-01T00:00:00Z\"},"
                + " \"2\": {\"state\": \"DISABLED\", \"createTime\": \"2026-02-01T00:00:00Z\"}}},"
                + "\"api\": {\"versions\": {}}}}}}");
        List<StoredSecret> secrets = store.secrets("acme-staging");
        assertThat(secrets).extracting(StoredSecret::secret).containsExactly("api", "db");
        StoredSecret db = secrets.get(1);
        assertThat(db.versions()).extracting(StoredVersion::number).containsExactly(2L, 1L);
        assertThat(db.resolve("latest").state()).isEqualTo(VersionState.DISABLED);
        assertThat(db.resolve("current").number()).isEqualTo(1L);
        assertThat(db.resolve("7")).isNull();
        assertThat(db.newestEnabled().created()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(secrets.get(0).newestEnabled()).isNull();
        assertThat(store.covers("acme-staging")).isTrue();
    }

    @Test
    void aProjectItDoesNotCoverCannotBeChecked() throws Exception {
        InventoryStore store = load("{\"inventoryVersion\": 1, \"projects\": {}}");
        assertThatThrownBy(() -> store.secrets("acme-production")).isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("has no project acme-production");
        assertThatThrownBy(() -> store.sha256("p", "s", "1")).isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("holds no values");
    }

    @Test
    void aValueFieldIsRejectedAtItsPlace() throws Exception {
        String json = "{\"inventoryVersion\": 1, \"projects\": {\"acme-staging\": {\"secrets\": {\"db\": {\"versions\": {\n"
                + "\"1\": {\"state\": \"ENABLED\", \"createTime\": \"2026-01-01T00:00:00Z\", \"payload\": \"x\"}}}}}}}";
        assertThatThrownBy(() -> load(json)).isInstanceOf(WorkspaceException.class)
                .satisfies(e -> assertThat(((WorkspaceException) e).errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.line()).isEqualTo(2);
                            assertThat(error.message()).contains("payload");
                        }));
    }

    @Test
    void badStatesTimesAndSyntaxAreUsageErrors() {
        assertThatThrownBy(() -> load("{\"inventoryVersion\": 1, \"projects\": {\"acme-staging\": {\"secrets\": {\"db\":"
                + " {\"versions\": {\"1\": {\"state\": \"GONE\", \"createTime\": \"yesterday\"}}}}}}}"))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("GONE");
        assertThatThrownBy(() -> load("{\"inventoryVersion\": 2, \"projects\": {}}"))
                .isInstanceOf(WorkspaceException.class);
        assertThatThrownBy(() -> load("{\"inventoryVersion\": 1, \"projects\": {")).isInstanceOf(WorkspaceException.class);
        assertThatThrownBy(() -> InventoryStore.load(dir.resolve("missing.json"), "missing.json"))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("missing.json");
    }

    @Test
    void theWriterRoundTripsThroughTheReader() throws Exception {
        StoredSecret db = new StoredSecret("acme-staging", "db", Instant.parse("2026-01-01T00:00:00Z"),
                Map.of("current", 2L), List.of(
                        new StoredVersion(1, VersionState.DESTROYED, Instant.parse("2026-01-01T00:00:00Z")),
                        new StoredVersion(2, VersionState.ENABLED, Instant.parse("2026-03-01T00:00:00Z"))));
        StoredSecret empty = new StoredSecret("acme-staging", "empty", null, Map.of(), List.of());
        byte[] written = InventoryWriter.write(Map.of("acme-staging", List.of(empty, db)),
                Instant.parse("2026-11-01T00:00:00Z"), "test");
        Path file = dir.resolve("round.json");
        Files.write(file, written);
        InventoryStore store = InventoryStore.load(file, "round.json");
        assertThat(store.secrets("acme-staging")).containsExactly(db, empty);
        assertThat(InventoryWriter.write(Map.of("acme-staging", store.secrets("acme-staging")),
                Instant.parse("2026-11-01T00:00:00Z"), "test")).isEqualTo(written);
        assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain("payload").doesNotContain("value");
    }
}
