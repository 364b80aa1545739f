package dev.confguard.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.secrets.PlaintextCorpus;
import dev.confguard.secrets.PlaintextDetection;
import dev.confguard.secrets.PlaintextDetector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plaintext detector as the builtin core pack configures it, measured on two corpora
 * ({@link PlaintextCorpus}): no false positive on realistic non-secret values, every secret found,
 * each by the detector its corpus names. Failures name lines and keys, never values. The figures are
 * in docs/secrets.md ("Plaintext detection").
 */
public class PlaintextDetectorTest {
    /** The detector of core/plaintext-credential in the builtin core pack. */
    public static PlaintextDetector builtin() {
        return ((PlaintextSecretRule) PackSet.catalogRegistry().find("core/plaintext-credential")).detector();
    }

    @Test
    void noFalsePositiveOnTheNonSecretCorpus() {
        PlaintextDetector detector = builtin();
        List<PlaintextCorpus.Entry> corpus = PlaintextCorpus.read("non-secrets.env");
        List<String> flagged = new ArrayList<>();
        for (PlaintextCorpus.Entry e : corpus) {
            PlaintextDetection d = detector.detect(e.key(), e.value());
            if (d != null) {
                flagged.add(e.where() + ": " + d.detector());
            }
        }
        assertThat(corpus).as("the non-secret corpus").hasSizeGreaterThanOrEqualTo(200);
        assertThat(flagged).as("false positives").isEmpty();
    }

    @Test
    void everySecretOfTheCorpusIsFoundByItsDetector() {
        PlaintextDetector detector = builtin();
        List<PlaintextCorpus.Entry> corpus = PlaintextCorpus.read("secrets.env");
        List<String> missed = new ArrayList<>();
        List<String> otherDetector = new ArrayList<>();
        for (PlaintextCorpus.Entry e : corpus) {
            PlaintextDetection d = detector.detect(e.key(), e.value());
            if (d == null) {
                missed.add(e.where() + " (" + e.expected() + ")");
            } else if (!d.detector().equals(e.expected())) {
                otherDetector.add(e.where() + ": " + d.detector() + ", expected " + e.expected());
            }
        }
        assertThat(corpus).as("the secret corpus").hasSizeGreaterThanOrEqualTo(100);
        assertThat(missed).as("secrets not found").isEmpty();
        assertThat(otherDetector).as("secrets found by another detector").isEmpty();
    }

    @Test
    void whereLiteralsAreAllowedOnlyCredentialsThatWorkEverywhereCount() {
        PlaintextDetector detector = builtin();
        String pem = "-----BEGIN PRIVATE KEY-----\nMIIEv-Q_IBADANBg\n-----END PRIVATE KEY-----";
        String base64Pem = java.util.Base64.getEncoder().encodeToString((pem + "\n").getBytes(
                java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(detector.detect("DEPLOY_KEY", pem, true).detector()).isEqualTo("shape:private-key");
        assertThat(detector.detect("DEPLOY_KEY_B64", base64Pem, true).detector()).isEqualTo("shape:private-key");
        assertThat(detector.detect("SESSION", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLWV4YW1wbGU", true))
                .isNull();
        assertThat(detector.detect("SERVICE_SECRET", "dev-secret", true)).isNull();
        assertThat(detector.detect("DATABASE_URL", "postgres://app:pw@localhost/app", true)).isNull();
        assertThat(detector.detect("UPSTREAM_AUTH", "q7Vd9KxP2mLr8ZtN4wYb6HcJ1sFg3QeU", true)).isNull();
    }

    @Test
    void keysWhoseValuesArePublicByDesignAreOnlySearchedForLiveCredentialsAndUrlPasswords() {
        PlaintextDetector detector = builtin();
        assertThat(detector.detect("NEXT_PUBLIC_MAPS_KEY", "AIza" + "SyEXAMPLE0EXAMPLE0EXAMPLE0EXAMPLE00")).isNull();
        assertThat(detector.detect("NEXT_PUBLIC_RANDOM", "q7Vd9KxP2mLr8ZtN4wYb6HcJ1sFg3QeU")).isNull();
        assertThat(detector.detect("NEXT_PUBLIC_OOPS", "sk_live_" + "EXAMPLE000000000000000000").detector())
                .isEqualTo("shape:stripe-live-key");
        assertThat(detector.detect("NEXT_PUBLIC_API_URL", "https://user:pw@api.example.com").detector())
                .isEqualTo("url-password");
        assertThat(detector.detect("VITE_API_TOKEN", "abc")).isNull();
    }

    @Test
    void spansCoverTheSecretAndNothingElse() {
        PlaintextDetector detector = builtin();
        String pem = "key: -----BEGIN RSA PRIVATE KEY-----\nab-cd_ef\n-----END RSA PRIVATE KEY----- (old)";
        PlaintextDetection d = detector.detect("X", pem);
        assertThat(new int[] {d.start(), d.end()}).containsExactly(5, pem.indexOf(" (old)"));
        String url = "postgres://app:Pw-123456@db.example.com/app";
        d = detector.detect("X", url);
        assertThat(new int[] {d.start(), d.end()}).containsExactly(url.indexOf("Pw-"), url.indexOf('@'));
        String bearer = "Bearer q7Vd9KxP2mLr8ZtN4wYb6HcJ1sFg3QeU";
        d = detector.detect("X", bearer);
        assertThat(d.detector()).isEqualTo("entropy");
        assertThat(new int[] {d.start(), d.end()}).containsExactly(7, bearer.length());
        assertThat(detector.detect("SERVICE_SECRET", "abc").detector()).isEqualTo("key-name");
    }

    @Test
    void aSecretNamedKeyMayHoldWhereTheSecretIsButNotTheSecret() {
        PlaintextDetector detector = builtin();
        assertThat(detector.detect("GOOGLE_APPLICATION_CREDENTIALS", "/var/secrets/google/key.json")).isNull();
        assertThat(detector.detect("DATABASE_URL", "postgres://app@db.example.com/app")).isNull();
        assertThat(detector.detect("SECRET_ROTATION", "true")).isNull();
        assertThat(detector.detect("DB_PASSWORD", "/etc/passwords are here")).isNotNull();
    }

    /** A guard against quadratic scans: a 1 MB value of every pathological part (about 0.5 s per pass, RE2 included). */
    @Test
    void detectionStaysLinearOnAPathologicalValue() {
        PlaintextDetector detector = builtin();
        StringBuilder value = new StringBuilder();
        String[] parts = {"word ", "https://h/p?a&b&c&d&e ", "{\"k\": ", "-----BEGIN X ", "sk-", "ghp_", "AKIA",
            "/var/x ", "eyJhbGciOi.", "a-b_c-d_e-f ", "\"private_key ", "dGV4dA== ", "Basic dGV4dDp0ZXh0 "};
        for (int i = 0; value.length() < 1_000_000; i++) {
            value.append(parts[i % parts.length]);
        }
        String big = value.toString();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            assertThat(detector.detect("UPSTREAM_AUTH", big)).as("nothing to find: the whole value is scanned").isNull();
            assertThat(detector.detect("NEXT_PUBLIC_X", big)).isNull();
            assertThat(detector.detect("UPSTREAM_AUTH", big, true)).isNull();
        });
    }
}
