package dev.confguard.secrets;

import dev.confguard.source.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns resolved values into what may be shown. Values of secret-looking keys become
 * {@code <redacted: N chars>}; so does any value that contains one of them (an interpolated
 * {@code X=${API_TOKEN}} carries the token); passwords inside URLs become {@code ****}.
 */
public final class Redactor {
    /** Shorter secrets are not searched for inside other values: they would match by accident. */
    private static final int MIN_EMBEDDED_LENGTH = 4;

    private final List<String> secretValues;

    private Redactor(List<String> secretValues) {
        this.secretValues = List.copyOf(secretValues);
    }

    /** A redactor for one resolved configuration, given as key → value. */
    public static Redactor of(Map<String, String> values) {
        List<String> secrets = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String v = e.getValue();
            if (v != null && v.length() >= MIN_EMBEDDED_LENGTH && isSecretKey(e.getKey())) {
                secrets.add(v);
            }
        }
        return new Redactor(secrets);
    }

    public static boolean isSecretKey(String key) {
        return SecretKeyNames.looksSecret(key);
    }

    /** True when the value is shown as {@code <redacted …>} rather than (partly) as itself. */
    public boolean redactsWhole(String key, String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (isSecretKey(key)) {
            return true;
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
