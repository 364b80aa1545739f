package dev.confguard.secrets;

import dev.confguard.source.TextRange;

/**
 * Turns a resolved value into what may be shown: values of secret-looking keys become
 * {@code <redacted: N chars>}, passwords inside URLs become {@code ****}; anything else is shown as is.
 */
public final class Redactor {
    private Redactor() {
    }

    public static boolean isSecret(String key) {
        return SecretKeyNames.looksSecret(key);
    }

    /** True when showing {@code value} under {@code key} would show something secret. */
    public static boolean redacts(String key, String value) {
        return value != null && !value.isEmpty()
                && (isSecret(key) || SecretMask.urlPassword(value, TextRange.of(0, value.length())) != null);
    }

    public static String display(String key, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (isSecret(key)) {
            return "<redacted: " + value.codePointCount(0, value.length()) + " chars>";
        }
        TextRange password = SecretMask.urlPassword(value, TextRange.of(0, value.length()));
        if (password != null) {
            return value.substring(0, password.start()) + "****" + value.substring(password.end());
        }
        return value;
    }
}
