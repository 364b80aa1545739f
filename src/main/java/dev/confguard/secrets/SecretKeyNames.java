package dev.confguard.secrets;

import java.util.Locale;

/**
 * Whether a key's name says its value is a secret ({@code *_SECRET*}, {@code *PASSWORD*},
 * {@code *_TOKEN}, {@code *_API_KEY}…), minus the known non-secrets ({@code *_KEY_ID},
 * {@code PUBLIC_KEY}, {@code *_SECRET_NAME}…). Used to redact values in every output.
 */
public final class SecretKeyNames {
    private static final String[] SECRET_WORDS = {
        "SECRET", "PASSWORD", "PASSWD", "PWD", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "CREDENTIAL",
        "ACCESS_KEY", "AUTH_KEY", "SIGNING_KEY", "ENCRYPTION_KEY", "FERNET_KEY", "SESSION_KEY", "CLIENT_SECRET",
        "DSN", "DATABASE_URL", "CONNECTION_STRING"};
    private static final String[] NOT_SECRET_SUFFIXES = {
        "_KEY_ID", "_SECRET_NAME", "_SECRET_ID", "_SECRET_REF", "_TOKEN_URL", "_TOKEN_URI", "_TOKEN_EXPIRE_MINUTES",
        "_TOKEN_EXPIRE_DAYS", "_PASSWORD_FILE", "_SECRET_FILE", "_TOKEN_FILE", "_KEY_FILE", "_PATH", "_EXPIRY",
        "_TTL", "_LENGTH", "_ALGORITHM", "_HEADER"};

    private SecretKeyNames() {
    }

    public static boolean looksSecret(String key) {
        String k = key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        if (k.equals("PUBLIC_KEY") || k.endsWith("_PUBLIC_KEY") || k.startsWith("NEXT_PUBLIC_")) {
            return false;
        }
        for (String suffix : NOT_SECRET_SUFFIXES) {
            if (k.endsWith(suffix)) {
                return false;
            }
        }
        for (String word : SECRET_WORDS) {
            if (k.contains(word)) {
                return true;
            }
        }
        return k.endsWith("_KEY") && !k.endsWith("_PUBLIC_KEY");
    }
}
