package dev.confguard.secrets;

import dev.confguard.source.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns resolved values into what may be shown. Values of secret keys (secret-looking names, and the
 * keys a schema marks {@code x-secret}) become {@code <redacted: N chars>}; so does any value that
 * contains one of them (an interpolated {@code X=${API_TOKEN}} carries the token); passwords inside
 * URLs become {@code ****}. A value that is a well-formed Secret Manager reference names a secret and holds
 * none: it is shown as it is.
 */
public final class Redactor {
    /** Shorter secrets are not searched for inside other values: they would match by accident. */
    private static final int MIN_EMBEDDED_LENGTH = 4;

    private final List<String> secretValues;
    private final Set<String> markedSecret;

    private Redactor(List<String> secretValues, Set<String> markedSecret) {
        this.secretValues = List.copyOf(secretValues);
        this.markedSecret = Set.copyOf(markedSecret);
    }

    /** A redactor for one resolved configuration, given as key → value. */
    public static Redactor of(Map<String, String> values) {
        return of(values, Set.of());
    }

    /**
     * A redactor for one resolved configuration, given as key → value, where the keys of
     * {@code markedSecret} are secret whatever their names (a schema's {@code x-secret}).
     */
    public static Redactor of(Map<String, String> values, Set<String> markedSecret) {
        List<String> secrets = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String v = e.getValue();
            if (v != null && v.length() >= MIN_EMBEDDED_LENGTH && !SecretRefParser.isReference(v)
                    && (isSecretKey(e.getKey()) || markedSecret.contains(e.getKey()))) {
                secrets.add(v);
            }
        }
        return new Redactor(secrets, markedSecret);
    }

    public static boolean isSecretKey(String key) {
        return SecretKeyNames.looksSecret(key);
    }

    /** True when the key's values are secret: by its name, or because a schema marks it. */
    public boolean isSecret(String key) {
        return isSecretKey(key) || markedSecret.contains(key);
    }

    /** True when the value is shown as {@code <redacted …>} rather than (partly) as itself. */
    public boolean redactsWhole(String key, String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (isSecret(key)) {
            return !SecretRefParser.isReference(value);
        }
        for (String secret : secretValues) {
            if (value.contains(secret)) {
                return true;
            }
        }
        return false;
    }

    /** True when showing the value would show anything secret. */
    public boolean redacts(String key, String value) {
        return redactsWhole(key, value)
                || (value != null && SecretMask.urlPassword(value, TextRange.of(0, value.length())) != null);
    }

    public String display(String key, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (redactsWhole(key, value)) {
            return "<redacted: " + value.codePointCount(0, value.length()) + " chars>";
        }
        TextRange password = SecretMask.urlPassword(value, TextRange.of(0, value.length()));
        if (password != null) {
            return value.substring(0, password.start()) + "****" + value.substring(password.end());
        }
        return value;
    }
}
