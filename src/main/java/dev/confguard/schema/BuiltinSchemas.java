package dev.confguard.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The service schemas shipped in confguard's jar, named in {@code .confguard.yaml} as
 * {@code schema: builtin:NAME} ({@code builtin:netra/backend} is {@code schemas/netra/backend.schema.json}
 * of the repository). Their names are listed in an index resource, which a test keeps equal to the files.
 */
public final class BuiltinSchemas {
    public static final String PREFIX = "builtin:";
    static final String INDEX = "/dev/confguard/schema/builtin-schemas.txt";
    private static final List<String> NAMES = load();

    private BuiltinSchemas() {
    }

    /** Every builtin schema's name, such as {@code netra/backend}. */
    public static List<String> names() {
        return NAMES;
    }

    private static List<String> load() {
        try (InputStream in = BuiltinSchemas.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the build lost " + INDEX);
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.trim());
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
