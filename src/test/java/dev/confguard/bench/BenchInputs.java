package dev.confguard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The inputs the JMH benchmarks read, built once per trial and identical on every run:
 * <ul>
 *   <li>{@code realistic-5k}: {@code src/test/resources/bench/realistic.env}, one service's
 *       {@code .env.production} as {@code bench/generate-corpus.py --seed 1} writes it (4.9 KB: URLs, DSNs with
 *       credentials, secret-manager references, a multi-line PEM value, eight findings);</li>
 *   <li>{@code mixed-1m}: ~1 MB (about 24,000 lines) of the same line mix as
 *       {@code generate-corpus.py --big-file}: most lines carry a defect, and about 4% are an unclosed
 *       {@code ${...} reference}.</li>
 * </ul>
 */
final class BenchInputs {
    static final String REALISTIC_5K = "realistic-5k";
    static final String MIXED_1M = "mixed-1m";

    private static final String[] WORDS = {"billing", "catalog", "checkout", "identity", "search", "payments",
        "ledger", "notify", "media", "orders", "pricing", "profile", "reports", "review", "routing", "session",
        "shipping", "stock", "tax", "users", "audit", "gateway", "inbox", "loyalty", "geo", "quota", "risk", "promo"};

    /** Weighted line kinds, as in generate-corpus.py's BIG_KINDS; %1$s key, %2$s value, %3$s a small number. */
    private static final Object[][] KINDS = {
        {10, "%1$s=%2$s"},
        {8, "%4$s=%2$s"},
        {8, "%1$s=%2$s  "},
        {8, "export %1$s=%2$s"},
        {8, "%1$s = %2$s"},
        {7, "%1$s=\"%2$s\""},
        {7, "%1$s=\"%2$s\\n\""},
        {6, "%1$s=two words %2$s"},
        {5, "%5$s=%2$s"},
        {5, "  %1$s=%2$s"},
        {5, "%1$s"},
        {4, "%1$s.%3$s=%2$s"},
        {4, "%1$s=${%3$s"},
        {4, "%1$s=a\\nb%3$s"},
        {3, "1%1$s=%2$s"},
        {3, "# comment %3$s about %1$s"},
        {2, ""},
        {2, "%1$s=\"%2$s\" trailing"},
        {1, "NOT A PAIR %3$s"},
    };

    private BenchInputs() {
    }

    static byte[] load(String name) {
        switch (name) {
            case REALISTIC_5K:
                return resource("/bench/realistic.env");
            case MIXED_1M:
                return mixed(1_000_000);
            default:
                throw new IllegalArgumentException("unknown input " + name);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = BenchInputs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mixed lines until the text reaches {@code targetBytes}; deterministic (fixed seed). */
    static byte[] mixed(int targetBytes) {
        List<String> table = new ArrayList<>();
        for (Object[] kind : KINDS) {
            for (int w = 0; w < (Integer) kind[0]; w++) {
                table.add((String) kind[1]);
            }
        }
        SplittableRandom rng = new SplittableRandom(42);
        List<String> keys = new ArrayList<>();
        StringBuilder out = new StringBuilder(targetBytes + 128);
        for (int i = 0; out.length() < targetBytes; i++) {
            String template = table.get(rng.nextInt(table.size()));
            String key = String.format("%s_SETTING_%07d", WORDS[(i * 31) % WORDS.length].toUpperCase(java.util.Locale.ROOT), i);
            String dup = keys.isEmpty() ? key : keys.get(rng.nextInt(keys.size()));
            String value = WORDS[i % WORDS.length] + "-" + String.format("%012x", rng.nextLong() & 0xFFFFFFFFFFFFL);
            String line = String.format(template, key, value, i % 1000, key.toLowerCase(java.util.Locale.ROOT), dup);
            if (keys.size() < 10_000 && line.startsWith(key + "=")) {
                keys.add(key);
            }
            out.append(line).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
