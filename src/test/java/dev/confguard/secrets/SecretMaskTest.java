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
