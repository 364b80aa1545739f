package dev.confguard.secrets.mapping;

import dev.confguard.secrets.ReferenceParse;
import dev.confguard.secrets.SecretRefParser;
import dev.confguard.source.TextRange;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the secrets a deploy mapping file assigns to variables, in the three forms Cloud Run deploys use:
 * <ul>
 *   <li>gcloud {@code --set-secrets} / {@code --update-secrets VAR=secret:version,...} anywhere in the text
 *       (a shell script, a Makefile, Cloud Build {@code args});</li>
 *   <li>a deploy YAML {@code secrets:} map, {@code VAR: secret:version};</li>
 *   <li>a Cloud Run service YAML's {@code env[].valueFrom.secretKeyRef {name, key}}, the variable being
 *       that {@code env} item's {@code name}.</li>
 * </ul>
 */
public final class SecretMappingReader {
    private static final Pattern FLAG = Pattern.compile("--(?:set|update)-secrets(?:=|[ \\t]+)");
    private static final String SECRET_KEY_REF = ".valueFrom.secretKeyRef.";

    private SecretMappingReader() {
    }

    /** The mappings in a file's text; {@code document} is its YAML/JSON tree, or null for other files. */
    public static List<MappedSecret> read(String text, ConfigDocument document) {
        List<MappedSecret> out = new ArrayList<>();
        if (document != null) {
            fromYaml(document, out);
        }
        fromFlags(text, out);
        out.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
        return out;
    }

    private static void fromYaml(ConfigDocument document, List<MappedSecret> out) {
        Map<String, ConfigEntry> byPath = new HashMap<>();
        for (ConfigEntry e : document.entries()) {
            byPath.put(e.path(), e);
        }
        for (ConfigEntry e : document.entries()) {
            String path = e.path();
            int dot = path.lastIndexOf('.');
            String parent = dot < 0 ? "" : path.substring(0, dot);
            boolean inSecretsMap = parent.equals("secrets") || parent.endsWith(".secrets");
            if (inSecretsMap && e.value() != null && e.valueRange() != null && !e.value().contains("--set-secrets")) {
                out.add(new MappedSecret(path.substring(dot + 1), SecretRefParser.parseMapping(e.value()),
                        e.valueRange(), "secrets:"));
            }
            if (path.endsWith(SECRET_KEY_REF + "name")) {
                String item = path.substring(0, path.length() - (SECRET_KEY_REF + "name").length());
                ConfigEntry key = byPath.get(item + SECRET_KEY_REF + "key");
                ConfigEntry variable = byPath.get(item + ".name");
                TextRange range = e.valueRange();
                if (key != null && key.valueRange() != null && range != null) {
                    range = TextRange.of(Math.min(range.start(), key.valueRange().start()),
                            Math.max(range.end(), key.valueRange().end()));
                }
                if (range != null) {
                    out.add(new MappedSecret(variable == null ? "?" : variable.value(),
                            SecretRefParser.parseSecretKeyRef(e.value(), key == null ? null : key.value()), range,
                            "secretKeyRef"));
                }
            }
        }
    }

    private static void fromFlags(String text, List<MappedSecret> out) {
        Matcher m = FLAG.matcher(text);
        while (m.find()) {
            int start = m.end();
            char quote = start < text.length() && (text.charAt(start) == '"' || text.charAt(start) == '\'')
                    ? text.charAt(start) : 0;
            if (quote != 0) {
                start++;
            }
            int end = start;
            while (end < text.length() && !endsList(text.charAt(end), quote)) {
                end++;
            }
            int item = start;
            while (item < end) {
                int comma = text.indexOf(',', item);
                int itemEnd = comma < 0 || comma > end ? end : comma;
                addItem(text, item, itemEnd, out);
                item = itemEnd + 1;
            }
        }
    }

    private static boolean endsList(char c, char quote) {
        return quote != 0 ? c == quote || c == '\n' : Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\';
    }

    private static void addItem(String text, int start, int end, List<MappedSecret> out) {
        String item = text.substring(start, end);
        int eq = item.indexOf('=');
        if (item.isBlank()) {
            return;
        }
        if (eq <= 0) {
            out.add(new MappedSecret(item.strip(), new ReferenceParse.Malformed(item.strip(),
                    "a --set-secrets item is VAR=SECRET:VERSION"), TextRange.of(start, end), "--set-secrets"));
            return;
        }
        out.add(new MappedSecret(item.substring(0, eq).strip(), SecretRefParser.parseMapping(item.substring(eq + 1)),
                TextRange.of(start + eq + 1, end), "--set-secrets"));
    }
}
