package dev.confguard.engine;

import dev.confguard.secrets.SecretMask;
import dev.confguard.source.SourceFile;
import java.util.function.Supplier;

/**
 * A file a report points into: its source, for code frames, and what to mask in it. The mask may be
 * made on first use ({@link #lazy}): a machine-readable report shows no code and never needs it.
 */
public final class FileView {
    private final SourceFile source;
    private Supplier<SecretMask> pending;
    private volatile SecretMask mask;

    public FileView(SourceFile source, SecretMask mask) {
        this.source = source;
        this.mask = mask;
    }

    private FileView(SourceFile source, Supplier<SecretMask> pending) {
        this.source = source;
        this.pending = pending;
    }

    /** A view whose mask is made by {@code mask} the first time it is asked for. */
    public static FileView lazy(SourceFile source, Supplier<SecretMask> mask) {
        return new FileView(source, mask);
    }

    public SourceFile source() {
        return source;
    }

    public SecretMask mask() {
        SecretMask made = mask;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (mask == null) {
                mask = pending.get();
                pending = null;
            }
            return mask;
        }
    }
}
