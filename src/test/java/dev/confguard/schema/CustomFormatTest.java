package dev.confguard.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each format accepts what its documentation says and refuses the rest, with a reason that never quotes the value. */
class CustomFormatTest {
    private static final Map<CustomFormat, List<String>> ACCEPTED = Map.of(
            CustomFormat.URI_FORMAT, List.of("https://api.example.com/v1?x=1", "wss://api.example.com/ws",
                    "http://localhost:8000", "file:///etc/app.conf", "mailto:ops@example.com", "https://[::1]:8443/"),
            CustomFormat.HOSTNAME, List.of("localhost", "db-1.internal.example.com", "10.107.0.3", "example.com.",
                    "a".repeat(63) + ".example"),
            CustomFormat.EMAIL, List.of("ops@example.com", "first.last+tag@mail.example.co.uk"),
            CustomFormat.PORT, List.of("1", "80", "8080", "65535"),
            CustomFormat.POSTGRES_DSN, List.of("postgres://app@db.internal:5432/app?sslmode=require",
                    "postgresql://netra@/netra_staging?host=/cloudsql/netra-staging:us-central1:pg",
                    "postgresql://db.internal", "host=db.internal port=5432 dbname=app user=app",
                    "host=db dbname='my app'"),
            CustomFormat.REDIS_URL, List.of("redis://10.107.0.3:6379/0", "rediss://cache.internal:6380",
                    "redis://:pw@cache.internal:6379", "redis://cache.internal"),
            CustomFormat.SECRET_REF, List.of("sm://netra-staging/jwt-secret-staging", "sm://p/s#3", "sm@jwt-secret",
                    "sm@netra-staging/jwt-secret/2", "sm@projects/p/secrets/s/versions/latest",
                    "projects/netra-staging/secrets/jwt-secret-staging/versions/latest"),
            CustomFormat.DURATION, List.of("30s", "1h30m", "250ms", "1.5h", "2d", "PT30S", "P1D", "P1DT2H"));

    private static final Map<CustomFormat, List<String>> REFUSED = Map.of(
            CustomFormat.URI_FORMAT, List.of("", "api.example.com", "https://", "https:///path", "https://a b.com",
                    "http://exa mple.com", "ht tp://x"),
            CustomFormat.HOSTNAME, List.of("", "db_1.internal", "-db.internal", "db-.internal", "a..b",
                    "a".repeat(64) + ".example", "host name"),
            CustomFormat.EMAIL, List.of("ops.example.com", "ops@localhost", "@example.com", "ops@", "o ps@example.com"),
            CustomFormat.PORT, List.of("0", "65536", "99999", "-1", "80a80", "", " 80", "8080.0"),
            CustomFormat.POSTGRES_DSN, List.of("mysql://app@db/app", "postgres://db.internal:99999/app",
                    "postgres://db_1.internal/app", "just text", ""),
            CustomFormat.REDIS_URL, List.of("http://cache.internal:6379", "redis://", "redis://cache.internal:6379/sessions",
                    "redis://cache.internal:0"),
            CustomFormat.SECRET_REF, List.of("jwt-secret-staging", "sm://", "sm://only-one", "projects/p/secrets/s",
                    "secret:latest", ""),
            CustomFormat.DURATION, List.of("30", "30 seconds", "1h 30m", "P", "PT", "s", "-5s", ""));

    @Test
    void acceptsWhatItDocuments() {
        ACCEPTED.forEach((format, values) -> {
            for (String value : values) {
                assertThat(format.problem(value)).as("%s of %s", format.formatName(), value).isEmpty();
            }
        });
    }

    @Test
    void refusesTheRest() {
        REFUSED.forEach((format, values) -> {
            for (String value : values) {
                assertThat(format.problem(value)).as("%s of '%s'", format.formatName(), value).isPresent();
            }
        });
    }

    @Test
    void aReasonNeverQuotesTheValue() {
        for (CustomFormat format : CustomFormat.values()) {
            for (String value : List.of("PLANTED", "PLANTED://x", "x://PLANTED", "redis://PLANTED:1/PLANTED",
                    "postgres://u:PLANTED@h:0/PLANTED", "a b PLANTED", "PLANTED@PLANTED", "sm://PLANTED")) {
                format.problem(value).ifPresent(reason -> assertThat(reason).as("%s of %s", format, value)
                        .doesNotContain("PLANTED"));
            }
        }
    }

    @Test
    void everyFormatIsCoveredBothWays() {
        assertThat(ACCEPTED.keySet()).containsExactlyInAnyOrder(CustomFormat.values());
        assertThat(REFUSED.keySet()).containsExactlyInAnyOrder(CustomFormat.values());
    }

    @Test
    void namesAreTheDocumentedOnes() {
        assertThat(JsonSchemas.formatNames()).startsWith("uri", "hostname", "email", "port", "postgres-dsn",
                "redis-url", "secret-ref", "duration");
        assertThat(CustomFormat.byName("hostname")).isSameAs(CustomFormat.HOSTNAME);
        assertThat(CustomFormat.byName(CustomFormat.HOSTNAME.loadedName())).isSameAs(CustomFormat.HOSTNAME);
        assertThat(CustomFormat.byName("prot")).isNull();
    }

    @Test
    void aHugeValueIsCheckedInLinearTime() {
        String huge = "host=db dbname='" + "x".repeat(2_000_000) + "'";
        long start = System.nanoTime();
        assertThat(CustomFormat.POSTGRES_DSN.problem(huge)).isEmpty();
        assertThat(CustomFormat.DURATION.problem("1h".repeat(500_000) + "x")).isPresent();
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }
}
