package dev.confguard.schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.everit.json.schema.FormatValidator;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaClient;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * The one way confguard turns JSON into an everit schema: always draft-07 (everit assumes draft-04
 * when {@code $schema} is absent), patterns on RE2/J (linear time on any input; {@link MemoizedRe2j}), confguard's
 * {@link CustomFormat}s in place of everit's {@code uri}, {@code hostname} and {@code email}, and
 * references served only from what the caller has already read: never the network.
 */
public final class JsonSchemas {
    /** The formats everit implements for draft-07 that confguard keeps. */
    static final List<String> EVERIT_FORMATS = List.of("date", "date-time", "time", "ipv4", "ipv6", "uri-reference",
            "uri-template", "json-pointer", "relative-json-pointer", "regex");

    private JsonSchemas() {
    }

    /** Every format name a service schema may use, confguard's first. */
    public static List<String> formatNames() {
        List<String> out = new ArrayList<>();
        for (CustomFormat f : CustomFormat.values()) {
            out.add(f.formatName());
        }
        out.addAll(EVERIT_FORMATS);
        return out;
    }

    /** A schema without references to other files, such as one shipped in the jar. */
    public static Schema load(JSONObject json) {
        return load(json, null, Map.of());
    }

    /**
     * A schema whose references to other files have been rewritten to absolute URIs; {@code documents}
     * holds the text of each referred file by URI (without fragment). Any other URI is refused.
     */
    static Schema load(JSONObject json, String scope, Map<String, String> documents) {
        SchemaLoader.SchemaLoaderBuilder builder = SchemaLoader.builder()
                .draftV7Support()
                .regexpFactory(new MemoizedRe2j())
                .schemaClient(servedFrom(documents))
                .enableOverrideOfBuiltInFormatValidators();
        for (CustomFormat format : CustomFormat.values()) {
            builder.addFormatValidator(format.formatName(), validator(format));
            builder.addFormatValidator(format.loadedName(), validator(format));
        }
        if (scope != null) {
            builder.resolutionScope(scope);
        }
        return builder.schemaJson(json).build().load().build();
    }

    /** A JSON object read from the jar. */
    static JSONObject resource(String name) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the build lost " + name);
            }
            return new JSONObject(new JSONTokener(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FormatValidator validator(CustomFormat format) {
        return new FormatValidator() {
            @Override
            public java.util.Optional<String> validate(String value) {
                return format.problem(value);
            }

            @Override
            public String formatName() {
                return format.formatName();
            }
        };
    }

    private static SchemaClient servedFrom(Map<String, String> documents) {
        return url -> {
            String text = documents.get(withoutFragment(url));
            if (text == null) {
                throw new RefusedReference(url);
            }
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        };
    }

    static String withoutFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }

    /** A reference the loader was asked to fetch that was not read beforehand: never fetched. */
    static final class RefusedReference extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedReference(String uri) {
            super("confguard does not fetch " + uri);
        }
    }
}
