package dev.confguard.secrets;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a key's name says its value is a secret ({@code *_SECRET*}, {@code *PASSWORD*},
 * {@code *_TOKEN}, {@code *_API_KEY}…), minus the known non-secrets ({@code *_KEY_ID},
 * {@code PUBLIC_KEY}, {@code *_SECRET_NAME}…). Used to redact values in every output.
 *
 * <p>The same few hundred names are asked about for every file and every configuration of a run, so
 * answers are remembered (up to {@link #REMEMBERED} names, then judged each time).
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

    static final int REMEMBERED = 4096;
    private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> PATH_ANSWERS = new ConcurrentHashMap<>();

    private SecretKeyNames() {
    }

    public static boolean looksSecret(String key) {
        Boolean known = ANSWERS.get(key);
        if (known != null) {
            return known;
        }
        boolean secret = judge(key);
        if (ANSWERS.size() < REMEMBERED) {
            ANSWERS.put(key, secret);
        }
        return secret;
    }

    /**
     * Whether a YAML/JSON path ({@code database.password}) names a secret: by its last part, or by the
     * whole path read as one name ({@code DATABASE_PASSWORD}).
     */
    public static boolean pathLooksSecret(String path) {
        Boolean known = PATH_ANSWERS.get(path);
        if (known != null) {
            return known;
        }
        boolean secret = looksSecret(path.substring(path.lastIndexOf('.') + 1)) || looksSecret(path.replace('.', '_'));
        if (PATH_ANSWERS.size() < REMEMBERED) {
            PATH_ANSWERS.put(path, secret);
        }
        return secret;
    }

    /** The judgement itself, on the name in upper case with {@code -} and {@code .} read as {@code _}. */
    static boolean judge(String key) {
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
