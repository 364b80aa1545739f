package dev.confguard.secrets.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Without Application Default Credentials, opening the real service (or any endpoint that is not this
 * machine) fails with one line that says how to log in, and prints nothing else. The child JVM has no
 * credentials variables, an empty home, and {@code NO_GCE_CHECK=true}, so the auth library never asks the
 * metadata server; the metadata host is pointed at a closed loopback port in case it tried anyway.
 */
class GcpSecretStoreCredentialsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "secretmanager.example.com:443"})
    void missingCredentialsAreOneLineThatSaysHowToLogIn(String endpoint, @TempDir Path home) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home,
                "-cp", System.getProperty("java.class.path"),
                OpenWithoutCredentials.class.getName()));
        if (!endpoint.isEmpty()) {
            command.add(endpoint);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("GOOGLE_") || name.startsWith("CLOUDSDK_")
                || name.startsWith("GCE_") || name.equals("DEVSHELL_CLIENT_PORT"));
        env.put("HOME", home.toString());
        env.put("NO_GCE_CHECK", "true");
        env.put("GCE_METADATA_HOST", "127.0.0.1:9");
        env.put("GCE_METADATA_IP", "127.0.0.1:9");
        Path stdout = home.resolve("stdout.txt");
        Path stderr = home.resolve("stderr.txt");
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(read(stderr)).isEmpty();
        assertThat(read(stdout).lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("PERMISSION_DENIED Secret Manager")
                .contains(endpoint.isEmpty() ? "(secretmanager.googleapis.com)" : "at " + endpoint)
                .contains("no Application Default Credentials found")
                .contains("gcloud auth application-default login")
                .contains("GOOGLE_APPLICATION_CREDENTIALS"));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
