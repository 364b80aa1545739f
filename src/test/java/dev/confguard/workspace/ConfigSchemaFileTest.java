package dev.confguard.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The schema editors read (the repository file) is the schema the loader validates with (the jar copy). */
class ConfigSchemaFileTest {
    static final Path REPOSITORY_COPY = Path.of("schemas/confguard.schema.json");

    @Test
    void theRepositoryFileAndTheClasspathCopyAreIdentical() throws IOException {
        assertThat(ConfigSchema.text()).isEqualTo(Files.readString(REPOSITORY_COPY, StandardCharsets.UTF_8));
        assertThat(ConfigSchemaFileTest.class.getResource(ConfigSchema.RESOURCE)).isNotNull();
    }

    @Test
    void everyPropertyIsDescribedAndEveryRecordRefusesUnknownKeys() {
        JSONObject schema = new JSONObject(ConfigSchema.text());
        assertThat(schema.getString("$schema")).isEqualTo("http://json-schema.org/draft-07/schema#");
        List<String> undescribed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        walk(schema, "#", undescribed, open);
        assertThat(undescribed).as("properties without a description").isEmpty();
        assertThat(open).as("objects with properties but without additionalProperties: false").isEmpty();
    }

    private static void walk(Object node, String where, List<String> undescribed, List<String> open) {
        if (node instanceof JSONArray) {
            JSONArray array = (JSONArray) node;
            for (int i = 0; i < array.length(); i++) {
                walk(array.get(i), where + "/" + i, undescribed, open);
            }
            return;
        }
        if (!(node instanceof JSONObject)) {
            return;
        }
        JSONObject object = (JSONObject) node;
        if (object.has("properties")) {
            if (!Boolean.FALSE.equals(object.opt("additionalProperties"))) {
                open.add(where);
            }
            JSONObject properties = object.getJSONObject("properties");
            for (String key : properties.keySet()) {
                if (!properties.getJSONObject(key).has("description")) {
                    undescribed.add(where + "/properties/" + key);
                }
            }
        }
        for (String key : object.keySet()) {
            walk(object.get(key), where + "/" + key, undescribed, open);
        }
    }
}
