package dev.confguard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SecretRefParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "sm://netra-staging/jwt-secret-staging#3            | netra-staging | jwt-secret-staging | 3      | berglas",
        "sm://netra-staging/jwt-secret-staging#latest       | netra-staging | jwt-secret-staging | latest | berglas",
        "sm://jwt-secret                                   | -             | jwt-secret         | latest | spring",
        "sm://jwt-secret/2                                 | -             | jwt-secret         | 2      | spring",
        "sm://jwt-secret/latest                            | -             | jwt-secret         | latest | spring",
        "sm://netra-staging/jwt-secret/4                   | netra-staging | jwt-secret         | 4      | spring",
        "sm://projects/netra-staging/secrets/jwt-secret    | netra-staging | jwt-secret         | latest | spring",
        "sm@jwt-secret                                     | -             | jwt-secret         | latest | spring",
        "sm@jwt-secret/7                                   | -             | jwt-secret         | 7      | spring",
        "sm@netra-staging/jwt-secret/current               | netra-staging | jwt-secret         | current| spring",
        "sm@projects/701982941522/secrets/jwt/versions/2   | 701982941522  | jwt                | 2      | spring",
        "projects/netra-staging/secrets/jwt-secret/versions/5 | netra-staging | jwt-secret      | 5      | resource-name",
        "projects/netra-staging/secrets/jwt-secret         | netra-staging | jwt-secret         | latest | resource-name",
        "'  sm@jwt-secret  '                               | -             | jwt-secret         | latest | spring",
    })
    void readsEveryValueForm(String text, String project, String secret, String version, String form) {
        ReferenceParse parse = SecretRefParser.parseValue(text);
        assertThat(parse).isInstanceOf(ReferenceParse.Parsed.class);
        ReferenceParse.Parsed parsed = (ReferenceParse.Parsed) parse;
        assertThat(parsed.ref()).isEqualTo(new SecretRef(project, secret, version));
        assertThat(parsed.form()).isEqualTo(form);
    }

    @Test
    void twoPartFormsNameBothReadings() {
        ReferenceParse berglasOrSpring = SecretRefParser.parseValue("sm://netra-staging/jwt-secret-staging");
        assertThat(berglasOrSpring).isInstanceOf(ReferenceParse.Ambiguous.class);
        assertThat(((ReferenceParse.Ambiguous) berglasOrSpring).readings()).containsExactly(
                "berglas: project netra-staging, secret jwt-secret-staging, version latest",
                "Spring Cloud GCP: secret netra-staging, version jwt-secret-staging");
        ReferenceParse shortForm = SecretRefParser.parseValue("sm@netra-staging/jwt-secret-staging");
        assertThat(shortForm).isInstanceOf(ReferenceParse.Ambiguous.class);
        assertThat(((ReferenceParse.Ambiguous) shortForm).readings()).hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("secret netra-staging, version jwt-secret-staging"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "sm://a/b/c/d", "sm://netra-staging/jwt#", "sm://netra-staging/jwt#0", "sm://x/y/z#1",
        "sm@Bad_Project!/jwt/1", "sm@p-staging/jwt/-1", "projects/netra-staging/secrets/jwt/version/2",
        "projects/netra-staging/secrets/", "sm@projects/p/secrets", "sm://", "sm@", "sm://bad part/x",
        "sm@Bad!/x"})
    void reportsMalformedReferences(String text) {
        assertThat(SecretRefParser.parseValue(text)).isInstanceOf(ReferenceParse.Malformed.class);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "hunter2", "https://sm.example.com/x", "projects/a/b", "postgres://u@h/db",
        "sms://x", "s m://x"})
    void leavesOtherValuesAlone(String text) {
        assertThat(SecretRefParser.parseValue(text)).isNull();
    }

    @Test
    void readsDeployMappings() {
        assertThat(SecretRefParser.parseMapping("jwt-secret-staging:latest"))
                .isEqualTo(new ReferenceParse.Parsed("jwt-secret-staging:latest",
                        new SecretRef(null, "jwt-secret-staging", "latest"), "mapping"));
        assertThat(((ReferenceParse.Parsed) SecretRefParser.parseMapping("projects/netra-staging/secrets/jwt:2")).ref())
                .isEqualTo(new SecretRef("netra-staging", "jwt", "2"));
        assertThat(SecretRefParser.parseMapping("jwt-secret-staging")).isInstanceOf(ReferenceParse.Malformed.class);
        assertThat(SecretRefParser.parseMapping("jwt:")).isInstanceOf(ReferenceParse.Malformed.class);
        assertThat(SecretRefParser.parseMapping("projects/p1234x/secrets/jwt/versions/1:2"))
                .isInstanceOf(ReferenceParse.Malformed.class);
    }

    @Test
    void readsSecretKeyRefs() {
        assertThat(((ReferenceParse.Parsed) SecretRefParser.parseSecretKeyRef("jwt-secret-staging", "latest")).ref())
                .isEqualTo(new SecretRef(null, "jwt-secret-staging", "latest"));
        assertThat(SecretRefParser.parseSecretKeyRef("jwt", null)).isInstanceOf(ReferenceParse.Malformed.class);
        assertThat(SecretRefParser.parseSecretKeyRef(null, "1")).isInstanceOf(ReferenceParse.Malformed.class);
    }

    @Test
    void fillsTheEnvironmentsProjectOnlyWhereNoneIsNamed() {
        assertThat(new SecretRef(null, "s", null).inProject("p-staging")).isEqualTo(new SecretRef("p-staging", "s", "latest"));
        assertThat(new SecretRef("other", "s", "1").inProject("p-staging").project()).isEqualTo("other");
        assertThat(new SecretRef("proj-a", "s", "1").resourceName()).isEqualTo("projects/proj-a/secrets/s/versions/1");
    }

    @Test
    void aDeclaredReaderSettlesTheTwoPartForm() {
        assertThat(((ReferenceParse.Parsed) SecretRefParser.parseValue("sm://netra-staging/jwt", "berglas")).ref())
                .isEqualTo(new SecretRef("netra-staging", "jwt", "latest"));
        assertThat(((ReferenceParse.Parsed) SecretRefParser.parseValue("sm://jwt/current", "spring")).ref())
                .isEqualTo(new SecretRef(null, "jwt", "current"));
        assertThat(((ReferenceParse.Parsed) SecretRefParser.parseValue("sm@jwt/current", "spring")).ref())
                .isEqualTo(new SecretRef(null, "jwt", "current"));
        assertThat(SecretRefParser.parseValue("sm@netra-staging/jwt", "berglas"))
                .as("berglas has no sm@ form, so declaring it settles nothing there")
                .isInstanceOf(ReferenceParse.Ambiguous.class);
        assertThat(SecretRefParser.parseValue("sm://a/b/c/d", "berglas")).isInstanceOf(ReferenceParse.Malformed.class);
    }

    /**
     * The ids' shapes are matched by hand (no java.util.regex on lint's start-up path): each agrees with the
     * regular expression it stands for on every string up to 4 characters over an alphabet with each class's
     * edges, on random strings over it up to 300 characters, and at each length limit.
     */
    @Test
    void idShapesMatchTheirRegularExpressions() {
        java.util.Map<String, java.util.function.Predicate<String>> shapes = new java.util.LinkedHashMap<>();
        shapes.put("[a-z][a-z0-9-]{4,28}[a-z0-9]|[0-9]{1,20}", SecretRefParser::isProjectId);
        shapes.put("[A-Za-z0-9_-]{1,255}", SecretRefParser::isSecretId);
        shapes.put("[1-9][0-9]{0,18}|latest|[A-Za-z][A-Za-z0-9_-]{0,62}", SecretRefParser::isVersion);
        shapes.put("[1-9][0-9]{0,18}|latest", SecretRefParser::isNumberOrLatest);
        String alphabet = "aAzZ09_-/.:@`{[ \u00e9\u0660";
        java.util.List<String> inputs = new java.util.ArrayList<>(java.util.List.of("", "latest", "Latest", "latestx",
                "1atest", "0", "01", "10"));
        java.util.List<String> shorter = java.util.List.of("");
        for (int length = 1; length <= 4; length++) {
            java.util.List<String> longer = new java.util.ArrayList<>();
            for (String s : shorter) {
                for (char c : alphabet.toCharArray()) {
                    longer.add(s + c);
                }
            }
            inputs.addAll(longer);
            shorter = longer;
        }
        java.util.Random random = new java.util.Random(8);
        String idChars = "abcxyz0189-_ABZ";
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(300);
            StringBuilder s = new StringBuilder();
            String chars = random.nextInt(4) == 0 ? alphabet : random.nextBoolean() ? idChars : "0123456789";
            for (int k = 0; k < length; k++) {
                s.append(chars.charAt(random.nextInt(chars.length())));
            }
            inputs.add(s.toString());
        }
        for (int length : new int[] {1, 5, 6, 7, 19, 20, 21, 29, 30, 31, 62, 63, 64, 254, 255, 256}) {
            for (String fill : java.util.List.of("a", "7", "Z", "-", "_")) {
                String body = fill.repeat(length);
                inputs.add(body);
                inputs.add("a" + body.substring(Math.min(1, length)));
                inputs.add("1" + body.substring(Math.min(1, length)));
                inputs.add(body.substring(0, length - 1) + "0");
            }
        }
        for (var shape : shapes.entrySet()) {
            java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(shape.getKey());
            for (String input : inputs) {
                assertThat(shape.getValue().test(input)).as(shape.getKey() + " on '" + input + "'")
                        .isEqualTo(pattern.matcher(input).matches());
            }
        }
    }
}
