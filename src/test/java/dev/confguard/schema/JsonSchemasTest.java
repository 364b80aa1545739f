package dev.confguard.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The everit adapter: draft-07 always, RE2/J, no fetching, and the builtin schemas index. */
class JsonSchemasTest {
    @Test
    void withoutSchemaKeywordTheDraftIs07() {
        // draft-04 reads exclusiveMinimum as a boolean and would refuse this schema
        Schema schema = JsonSchemas.load(new JSONObject("{\"properties\": {\"a\": {\"exclusiveMinimum\": 3}}}"));
        schema.validate(new JSONObject("{\"a\": 4}"));
        assertThatThrownBy(() -> schema.validate(new JSONObject("{\"a\": 3}"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aReferenceToAnythingNotReadBeforehandIsRefusedNotFetched() {
        // port 9 on loopback: if the loader tried, it would fail with a connection error instead
        JSONObject json = new JSONObject("{\"properties\": {\"a\": {\"$ref\": \"http://127.0.0.1:9/x.json\"}}}");
        assertThatThrownBy(() -> JsonSchemas.load(json)).isInstanceOf(JsonSchemas.RefusedReference.class);
    }

    @Test
    void patternsRunOnRe2j() {
        // catastrophic for backtracking engines, linear on RE2/J
        Schema schema = JsonSchemas.load(new JSONObject("{\"properties\": {\"a\": {\"pattern\": \"^(a+)+$\"}}}"));
        long start = System.nanoTime();
        assertThatThrownBy(() -> schema.validate(new JSONObject().put("a", "a".repeat(5000) + "!")))
                .isInstanceOf(ValidationException.class);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void theBuiltinIndexListsTheServiceSchemasThatShipAndEachLoads() throws Exception {
        List<String> onDisk;
        try (var files = Files.walk(Path.of("schemas"))) {
            onDisk = files.map(p -> Path.of("schemas").relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".schema.json") && !p.equals("confguard.schema.json") && !p.equals("rulepack.schema.json")
                            && !p.equals("inventory.schema.json")
                            && !p.endsWith("/common.schema.json"))
                    .map(p -> p.substring(0, p.length() - ".schema.json".length()))
                    .sorted().toList();
        }
        assertThat(BuiltinSchemas.names()).as("src/main/resources" + BuiltinSchemas.INDEX).isEqualTo(onDisk);
        SchemaReader reader = new SchemaReader();
        for (String name : BuiltinSchemas.names()) {
            SchemaReader.LoadedSchema loaded = reader.read(SchemaSource.of(BuiltinSchemas.PREFIX + name, Path.of("."),
                    Path.of("").toAbsolutePath()));
            assertThat(loaded.display()).isEqualTo(BuiltinSchemas.PREFIX + name);
            assertThat(loaded.displays()).containsValue("builtin:netra/common");
        }
    }
}
