package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Performance work must not change what {@code check} reports: the benchmark corpus generator
 * ({@code bench/generate-corpus.py}, deterministic) writes a 20-service workspace, and {@code check
 * --format json} over it must give exactly the recorded findings: their count per rule and the SHA-256
 * of the whole report. Any optimisation that skips work changes one or the other. Regenerate with
 * {@code -Dconfguard.updateGolden=true} when a change in findings is intended, and say why in review.
 */
class CorpusCheckGoldenTest {
    @TempDir
    Path dir;

    @Test
    void checkOfTheGeneratedCorpusIsUnchanged() throws Exception {
        Path corpus = dir.resolve("corpus");
        Process generate = new ProcessBuilder("python3", "bench/generate-corpus.py", "--services", "20", "--seed", "7",
                "--out", corpus.toString()).redirectErrorStream(true).start();
        String generated = new String(generate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(generate.waitFor()).as(generated).isZero();
        CliRun run = CliRun.in(corpus, "check", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        SamplesGoldenTest.assertGolden("corpus-20-check.txt", summary(run.out()));
    }

    /** Findings per rule, in rule order, then the digest of the whole report. */
    private static String summary(String json) throws NoSuchAlgorithmException {
        Map<String, Integer> byRule = new TreeMap<>();
        JSONArray findings = new JSONObject(json).getJSONArray("findings");
        for (int i = 0; i < findings.length(); i++) {
            byRule.merge(findings.getJSONObject(i).getString("ruleId"), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder("findings " + findings.length() + "\n");
        byRule.forEach((rule, n) -> out.append(rule).append(' ').append(n).append('\n'));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
        out.append("sha256 ").append(HexFormat.of().formatHex(digest)).append('\n');
        return out.toString();
    }
}
