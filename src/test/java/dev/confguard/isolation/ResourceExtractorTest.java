package dev.confguard.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@link ResourceExtractor} finds in values, with exact offsets, and what it leaves alone. */
class ResourceExtractorTest {

    /** "KIND text@start" for each part, the offsets checked against the text. */
    private static List<String> parts(String key, String value) {
        return ResourceExtractor.extract(key, value).stream().map(p -> {
            assertThat(value.substring(p.start(), p.end())).isEqualTo(p.text());
            return p.kind() + " " + p.text() + "@" + p.start();
        }).collect(Collectors.toList());
    }

    @Test
    void dsnsGiveSchemeHostAndDatabaseButNeverThePassword() {
        assertThat(parts("DATABASE_URL", "postgresql://user:pa55@db.staging.example.com:5432/app_db?sslmode=require"))
                .containsExactly("SCHEME postgresql@0", "HOST db.staging.example.com@23", "DATABASE app_db@51");
        assertThat(parts("X", "redis://:secret@10.107.0.3:6379/0")).containsExactly("SCHEME redis@0",
                "HOST 10.107.0.3@16");
        assertThat(parts("X", "wss://api.staging.netrasystems.ai/ws")).containsExactly("SCHEME wss@0",
                "HOST api.staging.netrasystems.ai@6");
        assertThat(parts("X", "mongodb+srv://u:p@cluster0.example.net/prod_db")).contains("DATABASE prod_db@39");
        assertThat(parts("X", "http://[::1]:8080/x")).containsExactly("SCHEME http@0", "HOST [::1]@7");
    }

    @Test
    void aCloudSqlSocketInADsnOrAloneGivesProjectAndInstance() {
        String dsn = "postgresql://netra@/netra_staging?host=/cloudsql/netra-staging:us-central1:staging-pg";
        assertThat(parts("DATABASE_URL", dsn)).containsExactly("SCHEME postgresql@0", "DATABASE netra_staging@20",
                "PROJECT netra-staging@49", "CLOUD_SQL_INSTANCE staging-pg@75");
        assertThat(parts("POSTGRES_HOST", "/cloudsql/netra-production:us-central1:production-postgres"))
                .containsExactly("PROJECT netra-production@10", "CLOUD_SQL_INSTANCE production-postgres@39");
    }

    @Test
    void secretReferencesGiveProjectAndSecretId() {
        assertThat(parts("JWT_SECRET_KEY", "sm://netra-staging/jwt-secret-staging#3"))
                .containsExactly("SCHEME sm@0", "PROJECT netra-staging@5", "SECRET_ID jwt-secret-staging@19");
        assertThat(parts("K", "projects/netra-production/secrets/fernet-key-production/versions/latest"))
                .containsExactly("PROJECT netra-production@9", "SECRET_ID fernet-key-production@34");
        assertThat(parts("K", "sm@netra-dev/api-key")).containsExactly("PROJECT netra-dev@3", "SECRET_ID api-key@13");
        assertThat(parts("K", "sm@api-key-staging")).containsExactly("SECRET_ID api-key-staging@3");
        assertThat(parts("K", "sm@projects/701982941522/secrets/x")).containsExactly("PROJECT_NUMBER 701982941522@12",
                "SECRET_ID x@33");
    }

    @Test
    void registriesBucketsAndOauthClientIds() {
        assertThat(parts("IMAGE", "gcr.io/netra-staging/backend:latest")).containsExactly("PROJECT netra-staging@7");
        assertThat(parts("IMAGE", "us-docker.pkg.dev/netra-production/app/api")).containsExactly(
                "PROJECT netra-production@18");
        assertThat(parts("UPLOADS", "gs://netra-staging-uploads/in")).containsExactly("SCHEME gs@0",
                "BUCKET netra-staging-uploads@5");
        assertThat(parts("GOOGLE_OAUTH_CLIENT_ID_PROD", "701982941522-k3v9q2staging7p1m.apps.googleusercontent.com"))
                .containsExactly("PROJECT_NUMBER 701982941522@0");
    }

    @Test
    void bareValuesCountOnlyWhenTheKeySaysWhatTheyAre() {
        assertThat(parts("REDIS_HOST", "localhost")).containsExactly("HOST localhost@0");
        assertThat(parts("REDIS_HOST", "dev-redis:6379")).containsExactly("HOST dev-redis@0");
        assertThat(parts("KAFKA_HOSTS", "k1.staging:9092,k2.staging:9092")).containsExactly("HOST k1.staging@0",
                "HOST k2.staging@16");
        assertThat(parts("POSTGRES_DB", "netra_dev")).containsExactly("DATABASE netra_dev@0");
        assertThat(parts("REDIS_DB", "0")).isEmpty();
        assertThat(parts("GCP_PROJECT_ID", "netra-staging")).containsExactly("PROJECT netra-staging@0");
        assertThat(parts("UPLOAD_BUCKET", "netra-staging-uploads")).containsExactly("BUCKET netra-staging-uploads@0");
        assertThat(parts("JWT_SECRET_ID", "jwt-secret-staging")).containsExactly("SECRET_ID jwt-secret-staging@0");
        assertThat(parts("CACHE", "cache.internal:6379")).containsExactly("HOST cache.internal@0");
        // words are not resources
        assertThat(parts("MOTD", "the staging server is down")).isEmpty();
        assertThat(parts("LABEL", "netra-staging")).isEmpty();
        assertThat(parts("POSTGRES_HOST", "a b")).isEmpty();
        assertThat(parts("X", "")).isEmpty();
    }

    @Test
    void labelsSplitAtSeparatorsAndIpAddressesHaveNone() {
        ResourcePart host = ResourceExtractor.extract("H_HOST", "api-staging.example.com").get(0);
        assertThat(host.labels()).extracting(l -> "api-staging.example.com".substring(l[0], l[1]))
                .containsExactly("api", "staging", "example", "com");
        assertThat(ResourceExtractor.extract("H_HOST", "10.107.0.3").get(0).labels()).isEmpty();
    }

    @Test
    void hostileValuesStayLinear() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            many.append("a://").append("projects/").append("/cloudsql/");
        }
        long start = System.nanoTime();
        ResourceExtractor.extract("K", many.toString());
        ResourceExtractor.extract("K", "x".repeat(1_000_000) + "://");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void aValueAskedAboutAgainGetsTheSameUnmodifiablePartsAsAFreshCopyOfIt() {
        String key = "DATABASE_URL";
        String value = "postgres://app@db.staging.internal:5432/orders";
        List<ResourcePart> first = ResourceExtractor.extract(key, value);
        List<ResourcePart> again = ResourceExtractor.extract(key, value);
        List<ResourcePart> copy = ResourceExtractor.extract(new String(key), new String(value));

        assertThat(again).isSameAs(first);
        assertThat(copy).isEqualTo(first).isNotEmpty();
        assertThat(ResourceExtractor.extract("BUCKET", "")).isEmpty();
        assertThatThrownBy(() -> first.add(first.get(0))).isInstanceOf(UnsupportedOperationException.class);
        // another key for the same value is another question
        assertThat(ResourceExtractor.extract("GCS_BUCKET", "assets-prod"))
                .isNotEqualTo(ResourceExtractor.extract("NOTE", "assets-prod"));
    }
}
