package dev.confguard.secrets.mapping;

import dev.confguard.secrets.ReferenceParse;
import dev.confguard.source.TextRange;

/**
 * One variable a deploy mapping fills from Secret Manager: the variable (or mount path), what the mapping
 * says, and where the reference is written in the mapping file. {@code form} names the syntax:
 * {@code --set-secrets}, {@code secrets:} or {@code secretKeyRef}.
 */
public record MappedSecret(String variable, ReferenceParse reference, TextRange range, String form) {
}
