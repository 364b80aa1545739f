package dev.confguard.dotenv.dialect;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.json.JSONObject;

/** The dialect corpus: case files and the loaders' recorded readings of them. */
final class Corpus {
    static final Path CASES = Path.of("src/test/resources/dialects/cases");
    static final Path GOLDEN = Path.of("src/test/resources/dialects/golden");

    /** A key and the value a loader's final map holds for it (null for python's key without '='). */
    record Binding(String key, String value) {
        @Override
        public String toString() {
            return value == null ? key + " (None)" : key + "=" + JSONObject.quote(value);
        }
    }

    private Corpus() {
    }

    static List<Path> cases() {
        return list(CASES, ".env");
    }

    static List<Path> goldens() {
        return list(GOLDEN, ".json");
    }

    static String caseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".env".length());
    }

    static DotenvDocument parse(Path file) {
        try {
            return DotenvParser.parse(SourceFile.of(file, file.getFileName().toString(), Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path golden(String caseName, String suffix) {
        return GOLDEN.resolve(caseName + "." + suffix + ".json");
    }

    /** A golden file as bindings; a loader error recorded there fails, as no reader can express it. */
    static List<Binding> readGolden(Path file) {
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            if (json.trim().startsWith("{")) {
                throw new AssertionError(file + " records a loader error, which the readers do not model: " + json);
            }
            JSONArray array = new JSONArray(json);
            List<Binding> out = new ArrayList<>();
            for (int i = 0; i < array.length(); i++) {
                JSONObject item = array.getJSONObject(i);
                Object value = item.get("value");
                out.add(new Binding(item.getString("key"), value == JSONObject.NULL ? null : (String) value));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Binding> bindings(List<ReadEntry> entries) {
        return entries.stream().map(e -> new Binding(e.key(), e.value())).collect(Collectors.toList());
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
