package dev.confguard.secrets.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.confguard.secrets.store.StoredSecret;
import dev.confguard.secrets.store.StoredVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the inventory format ({@code schemas/inventory.schema.json}) from metadata: projects, secrets
 * and versions in a stable order, so that two exports of the same state are byte-identical and diff
 * cleanly. Only metadata goes in: the format has no field for a value.
 */
public final class InventoryWriter {
    private InventoryWriter() {
    }

    public static byte[] write(Map<String, List<StoredSecret>> projects, Instant exportedAt, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("inventoryVersion", 1);
            if (exportedAt != null) {
                json.writeStringField("exportedAt", exportedAt.toString());
            }
            if (source != null) {
                json.writeStringField("source", source);
            }
            json.writeObjectFieldStart("projects");
            for (Map.Entry<String, List<StoredSecret>> p : new TreeMap<>(projects).entrySet()) {
                json.writeObjectFieldStart(p.getKey());
                json.writeObjectFieldStart("secrets");
                for (StoredSecret secret : p.getValue().stream()
                        .sorted((a, b) -> a.secret().compareTo(b.secret())).toList()) {
                    writeSecret(json, secret);
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeSecret(JsonGenerator json, StoredSecret secret) throws IOException {
        json.writeObjectFieldStart(secret.secret());
        if (secret.created() != null) {
            json.writeStringField("createTime", secret.created().toString());
        }
        if (!secret.aliases().isEmpty()) {
            json.writeObjectFieldStart("aliases");
            for (Map.Entry<String, Long> a : new TreeMap<>(secret.aliases()).entrySet()) {
                json.writeNumberField(a.getKey(), a.getValue());
            }
            json.writeEndObject();
        }
        json.writeObjectFieldStart("versions");
        List<StoredVersion> oldestFirst = new java.util.ArrayList<>(secret.versions());
        java.util.Collections.reverse(oldestFirst);
        for (StoredVersion v : oldestFirst) {
            json.writeObjectFieldStart(Long.toString(v.number()));
            json.writeStringField("state", v.state().name());
            json.writeStringField("createTime", v.created().toString());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
