package dev.confguard.engine;

import dev.confguard.secrets.SecretMask;
import dev.confguard.source.SourceFile;

/** A linted file as reporters may show it: its text and the spans they must mask. */
public record FileView(SourceFile source, SecretMask mask) {
}
