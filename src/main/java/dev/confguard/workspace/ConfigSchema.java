package dev.confguard.workspace;

import dev.confguard.schema.DocumentSchema;
import dev.confguard.schema.JsonSchemas;
import dev.confguard.yaml.ConfigDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * The JSON Schema of {@code .confguard.yaml}, read from the jar (the same file editors use), and its
 * violations turned into errors a person can act on, placed at the offending key or value; the
 * validation itself is the shared {@link DocumentSchema} path, with one hint of its own.
 */
public final class ConfigSchema {
    /** Where the schema sits on the classpath (and, without the leading slash, in the repository). */
    static final String RESOURCE = "/schemas/confguard.schema.json";

    private static final DocumentSchema SCHEMA = new DocumentSchema(
            JsonSchemas.load(new JSONObject(new JSONTokener(text()))),
            (violation, value) -> violation.pointer().isEmpty() && "required".equals(violation.keyword())
                    && violation.exception().getErrorMessage().contains("[version]")
                    ? "missing required key 'version' (start the file with 'version: 1')" : null);

    private ConfigSchema() {
    }

    /** The schema's own text, as shipped in the jar. */
    static String text() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build lost " + RESOURCE + " (schemas/ is a resource folder)");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates the document's tree against the schema, adding an error for each violation. */
    static void validate(ConfigDocument document, ConfigErrorList errors) {
        SCHEMA.validate(document).forEach(errors::add);
    }

    private static final java.util.Map<String, DocumentSchema> OTHER_SCHEMAS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Validates a document against another schema shipped in the jar (a rule pack's), with the same
     * messages placed at the same keys and values.
     */
    public static void validate(String resource, ConfigDocument document, ConfigErrorList errors) {
        DocumentSchema schema = OTHER_SCHEMAS.computeIfAbsent(resource, r -> new DocumentSchema(
                JsonSchemas.load(new JSONObject(new JSONTokener(text(r)))), (violation, value) -> null));
        schema.validate(document).forEach(errors::add);
    }

    private static String text(String resource) {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the build lost " + resource + " (schemas/ is a resource folder)");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
