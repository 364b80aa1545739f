package dev.confguard.engine;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one input's bytes, refusing what cannot be a config file: too large, or binary.
 * Refusals are {@link UnusableInput} with a one-line reason. Public for the resolver's source cache,
 * which reads layer files with the same limits.
 */
public final class InputReader {
    private static final int SNIFF_BYTES = 8192;

    private InputReader() {
    }

    public static byte[] read(Path path, long maxBytes) throws UnusableInput {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new UnusableInput(tooLarge(size, maxBytes));
            }
            byte[] bytes = readAllBytes(path);
            checkText(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UnusableInput(describe(e));
        } catch (OutOfMemoryError e) {
            throw new UnusableInput("too large to read into memory");
        }
    }

    /**
     * {@code Files.readAllBytes(path)} through {@code java.io}: a file channel would load NIO's channel classes
     * and two native libraries on lint's start-up path (~1 ms). A file that cannot be opened so is read by
     * {@code Files}, whose exception (and so the message shown) is the one it has always been.
     */
    private static byte[] readAllBytes(Path path) throws IOException {
        FileInputStream in;
        try {
            in = new FileInputStream(path.toFile());
        } catch (IOException | UnsupportedOperationException e) {
            return Files.readAllBytes(path);
        }
        try (in) {
            return in.readAllBytes();
        }
    }

    static byte[] read(InputStream in, long maxBytes) throws UnusableInput {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UnusableInput(tooLarge(bytes.length, maxBytes));
            }
            checkText(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UnusableInput(describe(e));
        }
    }

    private static String tooLarge(long size, long max) {
        return "file is too large (" + mib(size) + "; the limit is " + mib(max) + ", see --max-file-size)";
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /**
     * A file is binary when its first 8 KiB hold a NUL and more than a tenth of them are control bytes,
     * so that a text file with a stray NUL is still linted (and the NUL reported).
     */
    static void checkText(byte[] bytes) throws UnusableInput {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        boolean nul = false;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul = true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (nul && controls * 10 > n) {
            throw new UnusableInput("binary file, not a text configuration file");
        }
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** The reason an input cannot be used. */
    public static final class UnusableInput extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableInput(String reason) {
            super(reason, null, false, false);
        }
    }
}
