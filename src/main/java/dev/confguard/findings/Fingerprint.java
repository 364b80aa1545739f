package dev.confguard.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity that survives inserted and deleted lines: rule, file, key, service,
 * environment and a hash of the flagged text, but no line number. The flagged text of a
 * secret-looking key is left out entirely, so a fingerprint never carries a secret, not even hashed.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /**
     * @param flaggedText the text under the finding's range, or null when it is unknown or secret
     */
    public static String of(Finding f, String flaggedText) {
        String identity = String.join("\u0000", f.ruleId(), f.file(), nz(f.key()), nz(f.service()),
                nz(f.environment()), flaggedText == null ? "" : flaggedText);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
