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
    private static final int CHUNK = 1 << 16;

    private InputReader() {
    }

    public static byte[] read(Path path, long maxBytes) throws UnusableInput {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new UnusableInput(tooLarge(size, maxBytes));
            }
            byte[] bytes = readAll(path, (int) size);
            checkText(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UnusableInput(describe(e));
        } catch (OutOfMemoryError e) {
            throw new UnusableInput("too large to read into memory");
        }
    }

    /**
     * The file's bytes, read {@value #CHUNK} bytes at a time through {@code java.io}.
     * {@code Files.readAllBytes} asks the channel for the whole file at once, and the JDK reads through a
     * temporary native buffer of that size, which it then keeps for the thread: 42 MB of RSS for the rest of
     * a run over a 42 MB file (issue 8); a file channel would also load NIO's channel classes and two native
     * libraries on lint's start-up path (~1 ms). A file that cannot be opened so is read by {@code Files},
     * whose exception (and so the message shown) is the one it has always been.
     */
    private static byte[] readAll(Path path, int expected) throws IOException {
        InputStream opened;
        try {
            opened = new FileInputStream(path.toFile());
        } catch (IOException | UnsupportedOperationException e) {
            return Files.readAllBytes(path);
        }
        try (InputStream in = opened) {
            byte[] bytes = new byte[expected];
            int n = 0;
            while (n < bytes.length) {
                int read = in.read(bytes, n, Math.min(CHUNK, bytes.length - n));
                if (read < 0) {
                    return java.util.Arrays.copyOf(bytes, n); // shorter than its size said a moment ago
                }
                n += read;
            }
            byte[] more = in.readNBytes(CHUNK);
            if (more.length == 0) {
                return bytes;
            }
            // longer than its size said a moment ago: read on, as Files.readAllBytes would
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length + more.length);
            out.write(bytes);
            out.write(more);
            for (byte[] chunk = in.readNBytes(CHUNK); chunk.length > 0; chunk = in.readNBytes(CHUNK)) {
                out.write(chunk);
            }
            return out.toByteArray();
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
