package dev.confguard.schema;

import dev.confguard.engine.DisplayPaths;
import dev.confguard.engine.InputReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a schema file comes from: a file of the workspace, or a schema shipped in confguard's jar
 * ({@code builtin:netra/backend} is {@code schemas/netra/backend.schema.json}). A schema may refer
 * only to files in its own folder or below it ({@link #resolve} returns null for any other).
 */
sealed interface SchemaSource permits SchemaSource.FileSchema, SchemaSource.BuiltinSchema {
    /** Larger schema files are refused: no schema needs 16 MiB. */
    long MAX_BYTES = 16L << 20;

    /** How messages name it. */
    String display();

    /** An absolute URI without fragment, unique per file; how references between schemas are rewritten. */
    String uri();

    boolean exists();

    /** The file's bytes. */
    byte[] read() throws IOException;

    /** The file a relative path from this one names, or null when it leaves the schema's folder tree. */
    SchemaSource resolve(String relativePath);

    /** The folder the references must stay in, for messages. */
    String tree();

    /** The source a service's {@code schema:} setting names, relative to the workspace root. */
    static SchemaSource of(String setting, Path root, Path workingDirectory) {
        if (setting.startsWith(BuiltinSchemas.PREFIX)) {
            return BuiltinSchema.named(setting.substring(BuiltinSchemas.PREFIX.length()));
        }
        Path file = root.resolve(setting).toAbsolutePath().normalize();
        return new FileSchema(file, file.getParent(), workingDirectory);
    }

    /** A schema file in the workspace. */
    record FileSchema(Path file, Path folder, Path workingDirectory) implements SchemaSource {
        @Override
        public String display() {
            return DisplayPaths.of(workingDirectory, file);
        }

        @Override
        public String uri() {
            return file.toUri().toString();
        }

        @Override
        public boolean exists() {
            return Files.isRegularFile(file);
        }

        @Override
        public byte[] read() throws IOException {
            try {
                return InputReader.read(file, MAX_BYTES);
            } catch (InputReader.UnusableInput e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public SchemaSource resolve(String relativePath) {
            Path target;
            try {
                target = file.getParent().resolve(relativePath).normalize();
            } catch (InvalidPathException e) {
                return null;
            }
            if (!target.startsWith(folder) || !realPathInside(target)) {
                return null;
            }
            return new FileSchema(target, folder, workingDirectory);
        }

        /** A link inside the folder that leads out of it counts as outside. */
        private boolean realPathInside(Path target) {
            if (!Files.exists(target)) {
                return true;
            }
            try {
                return target.toRealPath().startsWith(folder.toRealPath());
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public String tree() {
            return DisplayPaths.of(workingDirectory, folder) + "/";
        }
    }

    /** A schema shipped in the jar, under {@code /schemas/}; {@code folder} is the root schema's. */
    record BuiltinSchema(String resource, String folder) implements SchemaSource {
        private static final String FOLDER = "/schemas/";
        private static final String SUFFIX = ".schema.json";

        /** {@code netra/backend} is {@code /schemas/netra/backend.schema.json}. */
        static BuiltinSchema named(String name) {
            String resource = FOLDER + name + SUFFIX;
            return new BuiltinSchema(resource, resource.substring(0, resource.lastIndexOf('/') + 1));
        }

        @Override
        public String display() {
            String path = resource.substring(FOLDER.length());
            return BuiltinSchemas.PREFIX + (path.endsWith(SUFFIX) ? path.substring(0, path.length() - SUFFIX.length()) : path);
        }

        @Override
        public String uri() {
            return "builtin:" + resource;
        }

        @Override
        public boolean exists() {
            return SchemaSource.class.getResource(resource) != null;
        }

        @Override
        public byte[] read() throws IOException {
            try (InputStream in = SchemaSource.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no such builtin schema");
                }
                return in.readAllBytes();
            }
        }

        @Override
        public SchemaSource resolve(String relativePath) {
            String here = resource.substring(0, resource.lastIndexOf('/') + 1);
            String joined;
            try {
                joined = URI.create("builtin:" + here).resolve(new URI(null, null, relativePath, null)).getPath();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
            if (joined == null || !joined.startsWith(folder) || joined.contains("/../")) {
                return null;
            }
            return new BuiltinSchema(joined, folder);
        }

        @Override
        public String tree() {
            return BuiltinSchemas.PREFIX + folder.substring(FOLDER.length());
        }
    }
}
