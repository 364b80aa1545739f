package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * core/plaintext-credential end to end: live credentials reported in every environment (warnings
 * where literals are allowed), other literals only where they are not; the detector and the length
 * in the message and in {@code details}; no part of any value in any output. Pack shapes written as
 * named entries or as bare patterns.
 */
class PlaintextCredentialCliTest {
    /** Bodies of the planted values: no run of 8 characters of them may appear in any output. */
    private static final List<String> BODIES = List.of("PlantedPemBodyQz7Xv2", "Pl4ntedGhTokenXq9Wm3Lk8Zr5Tn2Vb7Yc4Hd1",
            "planted-service-secret-Kq3", "Zq9vX2mK7pL4wN8rT1yB6cH3jF5dS0aG");

    @TempDir
    Path dir;

    private void workspace() throws IOException {
        TestFiles.write(dir, "api/.env.development", "SERVICE_SECRET=" + BODIES.get(2) + "\n"
                + "DEPLOY_KEY=\"-----BEGIN OPENSSH PRIVATE KEY-----\\n" + BODIES.get(0) + "\\n-----END OPENSSH PRIVATE KEY-----\"\n"
                + "UPSTREAM_AUTH=" + BODIES.get(3) + "\n");
        TestFiles.write(dir, "api/.env.production", "GITHUB_TOKEN=ghp_" + BODIES.get(1) + "\n"
                + "SERVICE_SECRET=" + BODIES.get(2) + "\n" + "UPSTREAM_AUTH=" + BODIES.get(3) + "\n"
                + "DATABASE_URL=postgres://app:" + BODIES.get(2) + "@db.example.com/app\n");
    }

    @Test
    void liveCredentialsEverywhereOtherLiteralsOnlyWhereTheyAreNotAllowed() throws IOException {
        workspace();
        CliRun run = CliRun.in(dir, "check", "--select", "core/plaintext-credential", "--format", "json");
        JSONArray findings = new JSONObject(run.out()).getJSONArray("findings");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < findings.length(); i++) {
            JSONObject f = findings.getJSONObject(i);
            JSONObject details = f.getJSONObject("details");
            seen.add(f.getString("environment") + " " + f.getString("key") + " " + f.getString("severity") + " "
                    + details.getString("detector") + " " + details.getString("length"));
        }
        assertThat(seen).containsExactlyInAnyOrder(
                "development DEPLOY_KEY warning shape:private-key 90",
                "production GITHUB_TOKEN error shape:github-token 42",
                "production SERVICE_SECRET error key-name 26",
                "production UPSTREAM_AUTH error entropy 32",
                "production DATABASE_URL error url-password 26");
        assertThat(run.out()).contains("GITHUB_TOKEN holds a literal secret (GitHub token, 42 characters) in production",
                "DEPLOY_KEY holds a live credential (private key, 90 characters) in development, whose files may hold"
                        + " literals",
                "UPSTREAM_AUTH holds a literal that looks like a generated secret (high-entropy token, 32 characters)");
    }

    @Test
    void noOutputShowsAnyPartOfAPlantedValue() throws IOException {
        workspace();
        List<String> leaks = new ArrayList<>();
        for (String format : List.of("text", "json")) {
            CliRun run = CliRun.in(dir, "check", "--select", "core/plaintext-credential", "--format", format);
            String all = run.out() + run.err();
            assertThat(run.exitCode()).isEqualTo(1);
            for (int b = 0; b < BODIES.size(); b++) {
                String body = BODIES.get(b);
                for (int i = 0; i + 8 <= body.length(); i++) {
                    if (all.contains(body.substring(i, i + 8))) {
                        leaks.add(format + " output shows characters " + i + ".." + (i + 8) + " of planted value " + b);
                    }
                }
            }
        }
        assertThat(leaks).as("parts of planted values in the output (named by position, never shown)").isEmpty();
    }

    @Test
    void packShapesAreNamedEntriesOrBarePatterns() throws IOException {
        TestFiles.write(dir, "api/.env.production", "A=ACME-12345678\nB=acmek_0123456789\nPUBLIC_B=acmek_9876543210\n");
        TestFiles.write(dir, "api/.env.development", "B=acmek_0123456789\n");
        TestFiles.write(dir, "acme.yaml", String.join("\n", "version: 1", "pack: acme", "rules:",
                "  - id: acme/literal", "    kind: plaintext-secret", "    summary: s",
                "    shapes:", "      - \"ACME-[0-9]{8}\"",
                "      - {name: acme-key, label: Acme key, pattern: \"acmek_[0-9]{10}\", everywhere: true}",
                "    nonSecretKeys: [\"PUBLIC_*\"]",
                "    doc: {what: w, why: y, example: A=1, fix: B=1}", ""));
        CliRun run = CliRun.in(dir, "check", "--rules", "acme.yaml", "--format", "json");
        JSONArray findings = new JSONObject(run.out()).getJSONArray("findings");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < findings.length(); i++) {
            JSONObject f = findings.getJSONObject(i);
            seen.add(f.getString("environment") + " " + f.getString("key") + " "
                    + f.getJSONObject("details").getString("detector"));
        }
        assertThat(seen).containsExactlyInAnyOrder("production A shape:shape-1", "production B shape:acme-key",
                "production PUBLIC_B shape:acme-key", "development B shape:acme-key");
        TestFiles.write(dir, "acme.yaml", String.join("\n", "version: 1", "pack: acme", "rules:",
                "  - id: acme/literal", "    kind: plaintext-secret", "    summary: s",
                "    shapes:", "      - {name: broken, pattern: \"(a\"}",
                "    doc: {what: w, why: y, example: A=1, fix: B=1}", ""));
        run = CliRun.in(dir, "check", "--rules", "acme.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("acme.yaml:8:33: invalid regular expression '(a'");
        TestFiles.write(dir, "acme.yaml", String.join("\n", "version: 1", "pack: acme", "rules:",
                "  - id: acme/literal", "    kind: plaintext-secret", "    summary: s",
                "    shapes:", "      - {name: typo, patern: x}",
                "    doc: {what: w, why: y, example: A=1, fix: B=1}", ""));
        run = CliRun.in(dir, "check", "--rules", "acme.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown key 'patern' in rules[0].shapes[0]; did you mean 'pattern'?");
    }
}
