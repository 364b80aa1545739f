package dev.confguard.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The plaintext-detection corpora under {@code src/test/resources/secrets/corpus/}: {@code KEY=VALUE}
 * lines, {@code \n} for a newline and {@code \\} for a backslash, {@code # kind: DETECTOR} lines
 * naming the detector expected of the entries below them. Generated parts, {@code {{type:length}}},
 * are drawn from a seed fixed per line, so every run sees the same values and the files hold no token
 * a secret scanner would take for a live one. Nothing here prints a value.
 */
public final class PlaintextCorpus {
    static final Path DIR = Path.of("src/test/resources/secrets/corpus");
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UPPER0 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LOWER0 = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";
    private static final String B64 = ALNUM + "+/";
    private static final String B64URL = ALNUM + "-_";

    /** One entry: its line, key, value, and the detector expected (null in the non-secret corpus). */
    public record Entry(int line, String key, String value, String expected) {
        /** How failures name an entry: line and key, never the value. */
        public String where() {
            return "line " + line + " " + key;
        }
    }

    private PlaintextCorpus() {
    }

    public static List<Entry> read(String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> out = new ArrayList<>();
        String kind = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# kind:")) {
                kind = line.substring("# kind:".length()).strip();
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": not KEY=VALUE");
            }
            Random random = new Random(1_000_003L * (i + 1) + name.hashCode());
            out.add(new Entry(i + 1, line.substring(0, eq), expand(unescape(line.substring(eq + 1)), random), kind));
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == 'n' || s.charAt(i + 1) == '\\')) {
                out.append(s.charAt(++i) == 'n' ? '\n' : '\\');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String expand(String s, Random random) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int open = s.indexOf("{{", i);
            if (open < 0) {
                return out.append(s, i, s.length()).toString();
            }
            int close = s.indexOf("}}", open);
            out.append(s, i, open).append(generate(s.substring(open + 2, close), random));
            i = close + 2;
        }
    }

    private static String generate(String spec, Random random) {
        String[] p = spec.split(":");
        switch (p[0]) {
            case "alnum": return chars(ALNUM, p, random);
            case "upper0": return chars(UPPER0, p, random);
            case "lower0": return chars(LOWER0, p, random);
            case "hex": return chars(HEX, p, random);
            case "b64": return chars(B64, p, random);
            case "b64url": return chars(B64URL, p, random);
            case "digits": return chars("0123456789", p, random);
            case "bytes64": return Base64.getEncoder().encodeToString(bytes(Integer.parseInt(p[1]), random));
            case "bytes64url": return Base64.getUrlEncoder().encodeToString(bytes(Integer.parseInt(p[1]), random));
            case "AIza": return "AIza" + chars(B64URL, new String[] {"", "35"}, random);
            case "jwt": return jwt(random);
            case "pem": return pem(p[1], Integer.parseInt(p[2]), random, "\n");
            case "pemEscaped": return pem(p[1], Integer.parseInt(p[2]), random, "\\n");
            case "pemb64": return base64(pem(p[1], Integer.parseInt(p[2]), random, "\n"));
            case "sajson": return serviceAccount(random, "\\n", "", "\"");
            case "sajsonPretty": return serviceAccount(random, "\\n", "\n  ", "\"");
            case "sajsonEscaped": return serviceAccount(random, "\\\\n", "", "\\\"");
            case "sajsonb64": return base64(serviceAccount(random, "\\n", "\n  ", "\""));
            default: throw new IllegalArgumentException("unknown generator {{" + spec + "}}");
        }
    }

    private static String chars(String alphabet, String[] spec, Random random) {
        int n = Integer.parseInt(spec[1]);
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static byte[] bytes(int n, Random random) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String jwt(Random random) {
        String payload = "{\"sub\":\"" + (100000 + random.nextInt(900000)) + "\",\"role\":\"service\",\"iat\":"
                + (1700000000 + random.nextInt(50000000)) + "}";
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.US_ASCII))
                + "." + chars(B64URL, new String[] {"", "43"}, random);
    }

    private static String pem(String label, int n, Random random, String newline) {
        String body = Base64.getEncoder().encodeToString(bytes(n, random));
        StringBuilder out = new StringBuilder("-----BEGIN " + label + "-----");
        for (int i = 0; i < body.length(); i += 64) {
            out.append(newline).append(body, i, Math.min(body.length(), i + 64));
        }
        return out.append(newline).append("-----END ").append(label).append("-----").toString();
    }

    /** A service account key file; {@code newline} inside the key, {@code indent} between fields, {@code q} for a quote. */
    private static String serviceAccount(Random random, String newline, String indent, String q) {
        String[][] fields = {
            {"type", "service_account"}, {"project_id", "acme-prod-392817"},
            {"private_key_id", chars(HEX, new String[] {"", "40"}, random)},
            {"private_key", pem("PRIVATE KEY", 1217, random, newline)},
            {"client_email", "api-runtime@acme-prod-392817.iam.gserviceaccount.com"},
            {"client_id", chars("0123456789", new String[] {"", "21"}, random)},
            {"token_uri", "https://oauth2.googleapis.com/token"}};
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < fields.length; i++) {
            out.append(i == 0 ? "" : ",").append(indent).append(q).append(fields[i][0]).append(q).append(": ")
                    .append(q).append(fields[i][1]).append(q);
        }
        return out.append(indent.isEmpty() ? "" : "\n").append("}").toString();
    }
}
