package dev.confguard.isolation;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a key's name says a bare value is: hosts ({@code *_HOST}, {@code *_ADDR}…), a database
 * ({@code *_DB}, {@code *_DATABASE_NAME}…), a project ({@code *PROJECT}, {@code *PROJECT_ID}…), a bucket
 * or a secret id; or nothing. Read in upper case with {@code -} and {@code .} as {@code _}. The same few
 * hundred keys come back for every configuration of a run, so answers are remembered (up to
 * {@link #REMEMBERED} keys, then judged each time).
 */
enum KeyHint {
    HOSTS, DATABASE, PROJECT, BUCKET, SECRET_ID, NONE;

    static final int REMEMBERED = 4096;
    private static final Map<String, KeyHint> ANSWERS = new ConcurrentHashMap<>();

    /** The hint of a key (null reads as the empty name). */
    static KeyHint of(String key) {
        if (key == null) {
            return NONE;
        }
        KeyHint known = ANSWERS.get(key);
        if (known != null) {
            return known;
        }
        KeyHint hint = judge(key);
        if (ANSWERS.size() < REMEMBERED) {
            ANSWERS.put(key, hint);
        }
        return hint;
    }

    /** The first hint whose suffixes end the name, in this order. */
    static KeyHint judge(String key) {
        String name = key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        if (endsWithAny(name, "HOST", "HOSTNAME", "_SERVER", "_ADDR", "_ADDRESS", "_DOMAIN", "_HOSTS")) {
            return HOSTS;
        }
        if (endsWithAny(name, "_DB", "_DATABASE", "_DB_NAME", "_DBNAME", "_DATABASE_NAME")) {
            return DATABASE;
        }
        if (endsWithAny(name, "PROJECT", "PROJECT_ID", "PROJECT_NUMBER")) {
            return PROJECT;
        }
        if (endsWithAny(name, "BUCKET", "_BUCKET_NAME")) {
            return BUCKET;
        }
        if (endsWithAny(name, "_SECRET_ID", "_SECRET_NAME")) {
            return SECRET_ID;
        }
        return NONE;
    }

    private static boolean endsWithAny(String name, String... suffixes) {
        for (String s : suffixes) {
            if (name.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
