package dev.confguard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The remembered answers of {@link SecretKeyNames} are the judgements themselves, asked once or many times. */
class SecretKeyNamesProperties {
    private static final List<String> PIECES = List.of("DB", "_", "-", ".", "PASSWORD", "secret", "TOKEN", "API", "KEY",
            "ID", "PUBLIC", "NEXT", "NAME", "FILE", "URL", "DSN", "x", "ß", "İ");

    @Property(tries = 3000)
    void aNameLooksSecretAsJudged(@ForAll("names") String name) {
        assertThat(SecretKeyNames.looksSecret(name)).isEqualTo(SecretKeyNames.judge(name));
        assertThat(SecretKeyNames.looksSecret(name)).isEqualTo(SecretKeyNames.judge(name));
    }

    @Property(tries = 3000)
    void aPathLooksSecretByItsLastPartOrAsOneName(@ForAll("names") String path) {
        boolean plain = SecretKeyNames.judge(path.substring(path.lastIndexOf('.') + 1))
                || SecretKeyNames.judge(path.replace('.', '_'));
        assertThat(SecretKeyNames.pathLooksSecret(path)).isEqualTo(plain);
        assertThat(SecretKeyNames.pathLooksSecret(path)).isEqualTo(plain);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(PIECES).list().ofMaxSize(6).map(parts -> String.join("", parts));
    }
}
