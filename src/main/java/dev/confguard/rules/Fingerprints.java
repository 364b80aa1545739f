package dev.confguard.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Salted SHA-256 fingerprints, so rules compare values (secrets included) without keeping or showing
 * them. The salt is random per run: a fingerprint means nothing outside the run that made it.
 */
public final class Fingerprints {
    private final byte[] salt;

    private Fingerprints(byte[] salt) {
        this.salt = salt.clone();
    }

    public static Fingerprints random() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new Fingerprints(salt);
    }

    public String of(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
