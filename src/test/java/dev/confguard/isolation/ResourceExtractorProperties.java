package dev.confguard.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ResourceExtractor} (key hints remembered, character tables) extracts what the plain version
 * it replaced extracts ({@link PlainResourceExtractor}), and {@link ResourcePart#isIpAddress} without
 * regular expressions accepts what the two patterns it replaced accept.
 */
class ResourceExtractorProperties {
    private static final List<String> KEY_PIECES = List.of("DB", "db", "_", "-", ".", "HOST", "host", "HOSTNAME",
            "HOSTS", "SERVER", "ADDR", "ADDRESS", "DOMAIN", "DATABASE", "NAME", "DBNAME", "PROJECT", "project", "ID",
            "NUMBER", "BUCKET", "SECRET", "REDIS", "URL", "ß", "İ");
    private static final List<String> VALUE_PIECES = List.of("postgresql://", "redis://", "sm://", "gs://", "https://",
            "mongodb+srv://", "u:p@", "@", ":", "/", "?", "&", "#", "host=", "host=/", "/cloudsql/", "projects/",
            "/secrets/", "/versions/", "sm@", "gcr.io/", "europe-docker.pkg.dev/", ".apps.googleusercontent.com",
            "701982941522-", "netra-staging", "db.example.com", "10.0.0.1", "[::1]", "5432", ",", ";", " ", "\t",
            "\u00a0", "\u2003", "\"", "'", "<", ">", "(", ")", "-", "_", ".", "0", "x");

    @Property(tries = 5000)
    void extractsWhatThePlainVersionExtracts(@ForAll("keys") String key, @ForAll("values") String value) {
        assertThat(ResourceExtractor.extract(key, value)).isEqualTo(PlainResourceExtractor.extract(key, value));
    }

    @Property(tries = 5000)
    void readsIpAddressesAsThePatternsDid(@ForAll("hosts") String host) {
        boolean plain = host.indexOf(':') >= 0 && host.matches("[\\[\\]0-9A-Fa-f:.]+")
                || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        assertThat(ResourcePart.isIpAddress(host)).as(host).isEqualTo(plain);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.of(KEY_PIECES).list().ofMaxSize(5).map(parts -> String.join("", parts)),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abz09-_.:/@").ofMaxLength(8);
        return Arbitraries.oneOf(Arbitraries.of(VALUE_PIECES), words).list().ofMaxSize(10)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> hosts() {
        Arbitrary<String> free = Arbitraries.strings().withChars("0123456789.:[]aFgz٣").ofMaxLength(20);
        Arbitrary<String> quads = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(4).list().ofMinSize(1)
                .ofMaxSize(5).map(parts -> String.join(".", parts));
        return Arbitraries.oneOf(free, quads);
    }
}
