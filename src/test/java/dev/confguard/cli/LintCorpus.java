package dev.confguard.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic corpus for output-identity tests of {@code lint}: the same bytes on every run and
 * every machine (fixed seeds, explicit line endings, no hash order). {@code repo/} holds ten small files
 * full of edge cases (every dotenv rule, multi-line and unterminated quotes, CRLF/CR, a BOM, invalid
 * UTF-8, control characters, directives, secrets that code frames must mask); {@code big/.env} is the
 * {@code bench/generate-corpus.py --big-file} line mix with a sprinkling of the edge cases.
 */
final class LintCorpus {
    /** Marks a raw byte in a template: U+E000 then two hex digits (written as that byte, not as UTF-8). */
    private static final char RAW = '\uE000';

    private static final String[] WORDS = {"billing", "catalog", "checkout", "identity", "search", "payments",
        "ledger", "notify", "media", "orders", "pricing", "profile", "reports", "review", "routing", "session",
        "shipping", "stock", "tax", "users", "audit", "gateway", "inbox", "loyalty", "geo", "quota", "risk", "promo"};

    /** {k} a key, {lk} it lower-cased, {dk} an earlier key, {v} a value, {n} a small number. */
    private static final String[] EDGE = {
        "{k}={v}", "{lk}={v}", "{k}={v}  ", "{k}={v}\t", "export {k}={v}", "{k} = {v}", "{k}=\"{v}\"",
        "{k}=\"{v}\\n\"", "{k}=two words {v}", "{dk}={v}", "  {k}={v}", "\t{k}={v}", "{k}", "{k}.{n}={v}",
        "{k}-x={v}", "{k}=${{n}", "{k}=${OTHER_{n}}", "{k}=${}", "{k}=${1A}", "{k}=${A:-def}", "{k}=${A?err} ${B+x}",
        "{k}=${A%x}", "{k}=\"${A\"", "{k}=a\\nb{n}", "{k}=C:\\\\new", "1{k}={v}", "# comment {n} about {k}", "",
        "", "{k}=\"{v}\" trailing", "{k}=\"{v}\" # a comment", "{k}={v} # a comment", "{k}={v}#not-a-comment",
        "NOT A PAIR {n}", "{k}='{\"a\":1,\"b\":\"x y\"}'", "{k}=`back tick {n}`", "{k}=`plain`", "{k}='plain'",
        "{k}=\"plain\"", "{k}=\"-----BEGIN KEY-----\nabc{n}\ndef\n-----END KEY-----\"", "{k}=\"a\\\"b\"",
        "{k}='it\\'s'", "{k}=\"x\\\\\"", "DB_PASSWORD_{n}=hunter2 hunter3",
        "DATABASE_URL_{n}=postgres://app:s3cr3t{n}@db:5432/x y", "REDIS_URL_{n}=redis://:pw{n}@cache:6379/0",
        "API_TOKEN_{n}:plain-secret-{n}", "API_TOKEN_{n} plain-secret-{n}", "{k}=\u00a0nbsp\u00a0",
        "K\u00c9Y_{n}=1", "{k}=caf\u00e9 \u2028 x", "{k}=a\u0001b", "{k}=a\u0000b", "K\u0007EY_{n}=1",
        "{k}=\u007f", "{k}=\"\t{v}\"", "{k}=\" {v} \"", "{k}=\"\\n{v}\"", "{k}=\"{v}\\t\"",
        "# confguard-disable-next-line dotenv/lowercase-key\n{lk}={v}",
        "# confguard-disable-next-line\n{lk}=a b",
        "# confguard-disable dotenv/trailing-whitespace\n{k}={v}  \n# confguard-enable dotenv/trailing-whitespace",
        "# confguard-disable\n{lk}= {v}\n# confguard-enable", "# confguard-disable-next-line dotenv/nope",
        "# confguard-disabel dotenv/lowercase-key", "# confguard-disable-next-line lowercase-key",
        "# confguard-disable-next-line dotenv/lowercase-key -- a reason\n{lk}=\"multi\nline\"",
        "export #X{n}=1", "export ={n}", "export", "={v}", " = ", "__proto__={n}", "{k}=\"unterminated {n}",
        "{k}='unterminated {n}", "{k}=`unterminated {n}", "{k}=\u00e9", "{k}=\u00e9\u00e9 with space",
        "{k}=bad" + RAW + "FFbyte", "K" + RAW + "FEY_{n}=1", "# comment with " + RAW + "C3" + RAW + "28 bad",
        "{k}=\"quoted " + RAW + "E2" + RAW + "82 bad\"", "{k}=emoji \ud83d\ude00 {n}", "{k}=lone \ud83d surrogate",
        "{k}=\"a\"b\"", "{k}='a'b'", "{k}=\"\"", "{k}=''", "{k}=", "{k}=   ", "{k}=#", "{k}= #c",
        "{k}=\"value\\\\n\"", "{k}=${A}${B}${", "{k}=\\${ESCAPED", "{k}=\"x\" \"y\"", "{k}=\"x\"\t# c\t",
        "{lk}_{n}:{v}", "{k}=\"\r\"", "\u00a0{k}=1", "{k}\u00a0=1", "{k}=1\u00a0", "export\t{k}=1",
        "export  {k} = \"{v}\" # c", "{k}=\\\"q", "{k}='\\n'", "{k}=`a\\nb`", "{k}=\"a\\ b\"",
    };

    /** The big-file mix of generate-corpus.py (weight, template). */
    private static final Object[][] BIG = {
        {10, "{k}={v}"}, {8, "{lk}={v}"}, {8, "{k}={v}  "}, {8, "export {k}={v}"}, {8, "{k} = {v}"},
        {7, "{k}=\"{v}\""}, {7, "{k}=\"{v}\\n\""}, {6, "{k}=two words {v}"}, {5, "{dk}={v}"}, {5, "  {k}={v}"},
        {5, "{k}"}, {4, "{k}.{n}={v}"}, {4, "{k}=${{n}"}, {4, "{k}=a\\nb{n}"}, {3, "1{k}={v}"},
        {3, "# comment {n} about {k}"}, {2, ""}, {2, "{k}=\"{v}\" trailing"}, {1, "NOT A PAIR {n}"},
    };

    private LintCorpus() {
    }

    /** Writes {@code root/repo/...} and {@code root/big/.env}. */
    static void write(Path root, int bigLines) throws IOException {
        // name, seed, lines, line endings (0 LF, 1 CRLF, 2 mixed), flags
        file(root, "repo/.env", 1, 400, 0, "");
        file(root, "repo/svc-a/.env", 2, 900, 2, "");
        file(root, "repo/svc-a/.env.staging", 3, 700, 1, "no-final-newline invalid-utf8");
        file(root, "repo/svc-b/.env.production", 4, 1200, 0, "trailing-blank-lines");
        file(root, "repo/svc-b/.env.local", 5, 500, 0, "disable-file");
        file(root, "repo/svc-c/.env", 6, 300, 0, "bom");
        file(root, "repo/svc-c/app.env", 7, 50, 0, "");
        file(root, "repo/node_modules/x/.env", 8, 50, 0, "");
        file(root, "repo/svc-d/.env.cr", 9, 300, 3, "invalid-utf8");
        Files.createDirectories(root.resolve("repo/empty"));
        Files.write(root.resolve("repo/empty/.env.empty"), new byte[0]);
        Files.createDirectories(root.resolve("repo/clean"));
        Files.writeString(root.resolve("repo/clean/.env"), "A=1\nB=\"two words\"\n# note\nC=3\n");
        big(root.resolve("big/.env"), bigLines);
    }

    private static void file(Path root, String name, long seed, int lines, int endings, String flags)
            throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder();
        List<String> templates = templates(flags.contains("invalid-utf8"));
        if (flags.equals("bom")) {
            text.append('\uFEFF');
        }
        if (flags.equals("disable-file")) {
            text.append("# confguard-disable-file dotenv/space-character, dotenv/export-prefix\n");
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            String template = templates.get(rng.nextInt(templates.size()));
            text.append(fill(template, i, (int) seed, rng, keys));
            text.append(ending(endings, rng));
        }
        if (flags.startsWith("no-final-newline")) {
            text.append("LAST_ONE=1");
        } else if (flags.equals("trailing-blank-lines")) {
            text.append("\n\n");
        }
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes(text));
    }

    private static void big(Path path, int lines) throws IOException {
        List<String> table = new ArrayList<>();
        for (Object[] kind : BIG) {
            for (int w = 0; w < (Integer) kind[0]; w++) {
                table.add((String) kind[1]);
            }
        }
        List<String> edge = templates(false);
        SplittableRandom rng = new SplittableRandom(1_000_003);
        List<String> keys = new ArrayList<>();
        StringBuilder text = new StringBuilder(lines * 44);
        for (int i = 0; i < lines; i++) {
            String template = rng.nextInt(50) == 0 ? edge.get(rng.nextInt(edge.size())) : table.get(rng.nextInt(table.size()));
            text.append(fill(template, i, 99, rng, keys)).append('\n');
        }
        Files.createDirectories(path.getParent());
        Files.write(path, bytes(text));
    }

    /**
     * The edge templates; those with raw invalid bytes only when asked, because dotenv/dialect-divergence
     * stands down for a file with invalid UTF-8 (the loaders refuse it) and must run on the others.
     */
    private static List<String> templates(boolean invalidBytes) {
        List<String> out = new ArrayList<>();
        for (String t : EDGE) {
            if (invalidBytes || t.indexOf(RAW) < 0) {
                out.add(t);
            }
        }
        return out;
    }

    private static String fill(String template, int i, int salt, SplittableRandom rng, List<String> keys) {
        String key = String.format(Locale.ROOT, "%s_SETTING_%07d", WORDS[(i * 31 + salt) % WORDS.length]
                .toUpperCase(Locale.ROOT), i);
        String dup = keys.isEmpty() ? key : keys.get(rng.nextInt(keys.size()));
        String value = WORDS[i % WORDS.length] + "-" + String.format(Locale.ROOT, "%012x", rng.nextLong() & 0xFFFFFFFFFFFFL);
        String line = template.replace("{k}", key).replace("{lk}", key.toLowerCase(Locale.ROOT)).replace("{dk}", dup)
                .replace("{v}", value).replace("{n}", Integer.toString(i % 1000));
        if (keys.size() < 5_000 && line.startsWith(key + "=")) {
            keys.add(key);
        }
        return line;
    }

    private static String ending(int style, SplittableRandom rng) {
        switch (style) {
            case 1:
                return "\r\n";
            case 2: {
                int r = rng.nextInt(20);
                return r < 16 ? "\n" : r < 19 ? "\r\n" : "\r";
            }
            case 3:
                return rng.nextInt(4) == 0 ? "\n" : "\r";
            default:
                return "\n";
        }
    }

    /** UTF-8, except RAW-marked bytes, which are written as they are (so the file holds invalid UTF-8). */
    private static byte[] bytes(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 64);
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == RAW) {
                out.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
                run.setLength(0);
                out.write(Integer.parseInt(text.subSequence(i + 1, i + 3).toString(), 16));
                i += 2;
            } else {
                run.append(c);
            }
        }
        out.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
