package dev.confguard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.source.SourceFile;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

    private static String masked(String text) {
        DotenvDocument doc = DotenvParser.parse(SourceFile.ofText(".env", text));
        return SecretMask.of(doc).apply(text, 0, text.length());
    }

    @Test
    void secretNamedValuesAreMasked() {
        assertThat(masked("DB_PASSWORD=hunter2\nAPI_TOKEN=\"abc def\"\nPORT=80\n"))
                .isEqualTo("DB_PASSWORD=*******\nAPI_TOKEN=\"*******\"\nPORT=80\n");
    }

    @Test
    void aWellFormedReferenceNamesASecretAndIsShown() {
        assertThat(masked("DB_PASSWORD=\"sm://netra-staging/db#2\"\nAPI_TOKEN=projects/netra-staging/secrets/tok\n"
                + "JWT_SECRET=sm://a/b/c/d\nSESSION_SECRET=sm-ish-but-plain\n"))
                .isEqualTo("DB_PASSWORD=\"sm://netra-staging/db#2\"\nAPI_TOKEN=projects/netra-staging/secrets/tok\n"
                        + "JWT_SECRET=************\nSESSION_SECRET=****************\n");
        Redactor redactor = Redactor.of(java.util.Map.of("DB_PASSWORD", "sm@netra-staging/db/2", "X", "sm@netra-staging/db/2"));
        assertThat(redactor.display("DB_PASSWORD", "sm@netra-staging/db/2")).isEqualTo("sm@netra-staging/db/2");
        assertThat(redactor.display("X", "sm@netra-staging/db/2")).isEqualTo("sm@netra-staging/db/2");
        assertThat(redactor.display("DB_PASSWORD", "sm://bad part/x")).startsWith("<redacted");
    }

    @Test
    void urlPasswordsAreMaskedWhateverTheKey() {
        assertThat(masked("DATABASE=postgres://app:s3cret@db:5432/x\nURL=https://host/a:b@c\n"))
                .isEqualTo("DATABASE=postgres://app:******@db:5432/x\nURL=https://host/a:b@c\n");
    }

    @Test
    void linesThatAreNotKeyValueStillHideWhatFollowsASecretName() {
        assertThat(masked("DB_PASSWORD:hunter2\nAPI_TOKEN hunter3\nDB_PASSWORD: hunter4\nPLAIN:visible\n"))
                .isEqualTo("DB_PASSWORD:*******\nAPI_TOKEN *******\nDB_PASSWORD:********\nPLAIN:visible\n");
    }

    @Test
    void nonSecretNamesAreNotMasked() {
        assertThat(SecretKeyNames.looksSecret("JWT_SECRET_KEY")).isTrue();
        assertThat(SecretKeyNames.looksSecret("GOOGLE_OAUTH_CLIENT_SECRET_STAGING")).isTrue();
        assertThat(SecretKeyNames.looksSecret("FERNET_KEY")).isTrue();
        assertThat(SecretKeyNames.looksSecret("AWS_ACCESS_KEY_ID")).isFalse();
        assertThat(SecretKeyNames.looksSecret("JWT_SECRET_NAME")).isFalse();
        assertThat(SecretKeyNames.looksSecret("NEXT_PUBLIC_API_URL")).isFalse();
        assertThat(SecretKeyNames.looksSecret("JWT_ALGORITHM")).isFalse();
        assertThat(SecretKeyNames.looksSecret("SERVICE_ID")).isFalse();
    }
}
