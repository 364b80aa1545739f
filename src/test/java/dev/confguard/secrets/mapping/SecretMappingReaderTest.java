package dev.confguard.secrets.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.secrets.ReferenceParse;
import dev.confguard.secrets.SecretRef;
import dev.confguard.source.SourceFile;
import dev.confguard.yaml.ConfigParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMappingReaderTest {

    private static List<MappedSecret> yaml(String text) {
        SourceFile source = SourceFile.ofText("deploy.yaml", text);
        return SecretMappingReader.read(text, ConfigParser.parse(source));
    }

    private static SecretRef ref(MappedSecret m) {
        return ((ReferenceParse.Parsed) m.reference()).ref();
    }

    @Test
    void readsGcloudSetSecretsWithExactRanges() {
        String text = "gcloud run deploy api \\\n  --set-secrets JWT=jwt-staging:latest,/mnt/key=tls-key:2 \\\n"
                + "  --update-secrets=\"DB=projects/netra-staging/secrets/db:3\"\n";
        List<MappedSecret> found = SecretMappingReader.read(text, null);
        assertThat(found).extracting(MappedSecret::variable).containsExactly("JWT", "/mnt/key", "DB");
        assertThat(found).extracting(MappedSecret::form).containsOnly("--set-secrets");
        assertThat(ref(found.get(0))).isEqualTo(new SecretRef(null, "jwt-staging", "latest"));
        assertThat(ref(found.get(2))).isEqualTo(new SecretRef("netra-staging", "db", "3"));
        MappedSecret first = found.get(0);
        assertThat(text.substring(first.range().start(), first.range().end())).isEqualTo("jwt-staging:latest");
        MappedSecret last = found.get(2);
        assertThat(text.substring(last.range().start(), last.range().end()))
                .isEqualTo("projects/netra-staging/secrets/db:3");
    }

    @Test
    void anItemWithoutAVariableIsMalformed() {
        List<MappedSecret> found = SecretMappingReader.read("--set-secrets=A=a:1,oops\n", null);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).reference()).isInstanceOf(ReferenceParse.Malformed.class);
    }

    @Test
    void readsADeployYamlSecretsMap() {
        String text = "service: api\nsecrets:\n  JWT_SECRET_KEY: jwt-secret-staging:latest\n  DB: db-staging\n"
                + "env:\n  LOG_LEVEL: info\n";
        List<MappedSecret> found = yaml(text);
        assertThat(found).extracting(MappedSecret::variable).containsExactly("JWT_SECRET_KEY", "DB");
        assertThat(ref(found.get(0))).isEqualTo(new SecretRef(null, "jwt-secret-staging", "latest"));
        assertThat(found.get(1).reference()).isInstanceOf(ReferenceParse.Malformed.class);
        assertThat(text.substring(found.get(0).range().start(), found.get(0).range().end()))
                .isEqualTo("jwt-secret-staging:latest");
    }

    @Test
    void readsCloudRunSecretKeyRefs() {
        String text = String.join("\n", "spec:", "  template:", "    spec:", "      containers:", "        - env:",
                "            - name: LOG_LEVEL", "              value: info", "            - name: JWT_SECRET_STAGING",
                "              valueFrom:", "                secretKeyRef:", "                  name: jwt-secret-staging",
                "                  key: latest", "");
        List<MappedSecret> found = yaml(text);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.variable()).isEqualTo("JWT_SECRET_STAGING");
            assertThat(m.form()).isEqualTo("secretKeyRef");
            assertThat(ref(m)).isEqualTo(new SecretRef(null, "jwt-secret-staging", "latest"));
        });
    }

    @Test
    void findsNothingInOrdinaryFiles() {
        assertThat(SecretMappingReader.read("PASSWORD=x\n--set-env-vars A=b\n", null)).isEmpty();
        assertThat(yaml("service: api\nenv:\n  A: b:c\n")).isEmpty();
    }
}
