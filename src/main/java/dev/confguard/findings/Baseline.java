package dev.confguard.findings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.confguard.errors.UsageException;
import dev.confguard.source.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * Findings accepted as they are, so CI reports only new ones. Entries are keyed by
 * {@link Fingerprint} (rule, file, key, service, environment, hashed text: no line numbers), with a
 * count, as ESLint's suppressions file does, so inserted lines and repeated findings both work.
 * The file holds no value, not even hashed for secret keys.
 */
public final class Baseline {
    public static final String DEFAULT_FILE = ".confguard-baseline.json";

    private final Map<String, Entry> entries;

    private Baseline(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** One accepted finding (or several identical ones). */
    public record Entry(String fingerprint, String ruleId, String file, String key, String service,
                        String environment, int count) {
    }

    /** The result of matching findings against a baseline. */
    public record Match(List<Finding> newFindings, int suppressed, List<Entry> unmatched) {
    }

    public static Baseline of(List<Finding> findings, Function<Finding, String> fingerprint) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Finding f : findings) {
            String fp = fingerprint.apply(f);
            Entry old = entries.get(fp);
            entries.put(fp, new Entry(fp, f.ruleId(), f.file(), f.key(), f.service(), f.environment(),
                    old == null ? 1 : old.count() + 1));
        }
        return new Baseline(entries);
    }

    public static Baseline load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such baseline file (create one with 'confguard baseline create')");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read the baseline: " + e.getMessage(), e);
        }
        try {
            JSONObject json = new JSONObject(text);
            if (json.optInt("version", -1) != 1) {
                throw new UsageException(file + ": not a confguard baseline (expected \"version\": 1)");
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            JSONArray list = json.getJSONArray("entries");
            for (int i = 0; i < list.length(); i++) {
                JSONObject e = list.getJSONObject(i);
                Entry entry = new Entry(e.getString("fingerprint"), e.getString("ruleId"), e.getString("file"),
                        e.optString("key", null), e.optString("service", null), e.optString("environment", null),
                        e.optInt("count", 1));
                entries.put(entry.fingerprint(), entry);
            }
            return new Baseline(entries);
        } catch (JSONException e) {
            throw new UsageException(file + ": not a valid baseline: " + e.getMessage(), e);
        }
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** Splits findings into new ones and accepted ones; entries with no finding left are unmatched. */
    public Match match(List<Finding> findings, Function<Finding, String> fingerprint) {
        Map<String, Integer> remaining = new LinkedHashMap<>();
        entries.forEach((fp, e) -> remaining.put(fp, e.count()));
        List<Finding> fresh = new ArrayList<>();
        int suppressed = 0;
        for (Finding f : findings) {
            String fp = fingerprint.apply(f);
            Integer left = remaining.get(fp);
            if (left != null && left > 0) {
                remaining.put(fp, left - 1);
                suppressed++;
            } else {
                fresh.add(f);
            }
        }
        List<Entry> unmatched = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (remaining.get(e.fingerprint()) == e.count()) {
                unmatched.add(e);
            }
        }
        return new Match(fresh, suppressed, unmatched);
    }

    /** This baseline without the given entries. */
    public Baseline without(List<Entry> drop) {
        Map<String, Entry> kept = new LinkedHashMap<>(entries);
        for (Entry e : drop) {
            kept.remove(e.fingerprint());
        }
        return new Baseline(kept);
    }

    public void write(Path file) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeStringField("tool", "confguard");
            json.writeArrayFieldStart("entries");
            for (Entry e : entries.values()) {
                json.writeStartObject();
                json.writeStringField("fingerprint", e.fingerprint());
                json.writeStringField("ruleId", e.ruleId());
                json.writeStringField("file", e.file());
                if (e.key() != null) {
                    json.writeStringField("key", e.key());
                }
                if (e.service() != null) {
                    json.writeStringField("service", e.service());
                }
                if (e.environment() != null) {
                    json.writeStringField("environment", e.environment());
                }
                json.writeNumberField("count", e.count());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        try {
            AtomicFiles.write(file, (out + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
