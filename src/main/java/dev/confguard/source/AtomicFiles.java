package dev.confguard.source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old or the new content, never half of it: a temp
 * file in the same folder, then a rename. An existing file's POSIX permissions are kept.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, content);
            replace(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** What {@link #write(Path, Text)} writes: text, streamed as UTF-8 into the temp file. */
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * As {@link #write(Path, byte[])}, but the text is written straight into the temp file as it is
     * produced, so a large report is never held in memory whole.
     */
    public static void write(Path target, Text content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
                    StandardCharsets.UTF_8), 1 << 16)) {
                content.writeTo(out);
            }
            replace(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Gives the temp file the target's permissions (or rw-r--r--), then renames it over the target. */
    private static void replace(Path tmp, Path abs) throws IOException {
        if (Files.exists(abs) && Files.getFileAttributeView(abs, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
        } else if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
