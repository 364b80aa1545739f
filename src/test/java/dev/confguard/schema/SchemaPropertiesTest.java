package dev.confguard.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** What a schema says about each key: types through refs, combinations and conditions; x-secret; separators. */
class SchemaPropertiesTest {
    private static SchemaProperties of(String json) {
        return SchemaProperties.of(JsonSchemas.load(new JSONObject(json)));
    }

    @Test
    void typesIntersectAcrossTheSchemasThatApplyAndFollowReferences() {
        SchemaProperties p = of("{\"definitions\": {\"port\": {\"type\": \"integer\"}},"
                + "\"properties\": {\"PORT\": {\"$ref\": \"#/definitions/port\"}, \"RATIO\": {\"type\": \"number\"},"
                + " \"MODE\": {\"type\": [\"integer\", \"string\"]}, \"LEVEL\": {\"enum\": [1, 2, \"auto\"]},"
                + " \"LIMIT\": {\"maximum\": 3}},"
                + "\"patternProperties\": {\"^RAT\": {\"type\": \"integer\"}},"
                + "\"then\": {\"properties\": {\"LIMIT\": {\"type\": \"integer\"}}}, \"if\": true}");
        assertThat(p.shape("PORT").types()).isEqualTo(Set.of(JsonType.INTEGER));
        assertThat(p.shape("RATIO").types()).as("number and integer meet at integer").isEqualTo(Set.of(JsonType.INTEGER));
        assertThat(p.shape("MODE").types()).isEqualTo(Set.of(JsonType.INTEGER, JsonType.STRING));
        assertThat(p.shape("LEVEL").types()).isEqualTo(Set.of(JsonType.INTEGER, JsonType.STRING));
        assertThat(p.shape("LIMIT").types()).as("from the then").isEqualTo(Set.of(JsonType.INTEGER));
        assertThat(JsonType.isAny(p.shape("UNKNOWN").types())).isTrue();
    }

    @Test
    void secretKeysAreFoundByNamePatternAndAdditionalPropertiesAlike() {
        SchemaProperties p = of("{\"definitions\": {\"secret\": {\"type\": \"string\", \"x-secret\": true}},"
                + "\"properties\": {\"HANDSHAKE\": {\"$ref\": \"#/definitions/secret\"}, \"PLAIN\": {\"type\": \"string\"},"
                + " \"BOTH\": {\"allOf\": [{\"type\": \"string\"}, {\"x-secret\": true}]}},"
                + "\"patternProperties\": {\"_PIN$\": {\"x-secret\": true}, \"^PLAIN\": {\"type\": \"string\"}},"
                + "\"additionalProperties\": {\"type\": \"string\", \"x-secret\": true}}");
        for (String key : List.of("HANDSHAKE", "PLAIN", "BOTH", "DOOR_PIN", "PLAIN_PIN", "PLAINER", "OTHER")) {
            assertThat(p.marksSecret(key)).as(key).isEqualTo(p.shape(key).secret());
        }
        assertThat(p.marksSecret("HANDSHAKE")).isTrue();
        assertThat(p.marksSecret("BOTH")).isTrue();
        assertThat(p.marksSecret("DOOR_PIN")).isTrue();
        assertThat(p.marksSecret("PLAIN")).isFalse();
        assertThat(p.marksSecret("PLAINER")).as("a pattern applies, so additionalProperties does not").isFalse();
        assertThat(p.marksSecret("OTHER")).as("additionalProperties").isTrue();
    }

    @Test
    void listsTakeTheirSeparatorAndItemShape() {
        SchemaProperties p = of("{\"properties\": {\"PORTS\": {\"type\": \"array\", \"x-separator\": \";\","
                + " \"items\": {\"type\": \"integer\"}}, \"WORDS\": {\"type\": \"array\"}}}");
        assertThat(p.shape("PORTS").separator()).isEqualTo(";");
        assertThat(p.shape("PORTS").items().types()).isEqualTo(Set.of(JsonType.INTEGER));
        assertThat(p.shape("WORDS").separator()).isEqualTo(",");
    }
}
