package dev.confguard.secrets.verify;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.secrets.ReferenceParse;

/**
 * A place where one (service, environment) takes a key's value from Secret Manager: a reference written
 * as the value ({@code sm://...}) or a deploy mapping ({@code --set-secrets}, {@code secrets:},
 * {@code secretKeyRef}). {@code at} is where the reference is written; {@code value} is the whole value for
 * a reference written as one ({@code form} {@code value}), else null.
 */
public record ReferenceSite(ResolvedConfig config, String key, ReferenceParse reference, ValueOrigin at,
                            String form, String value) {
}
