package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint} is the pre-commit path and must not pay for JSON Schema: it runs here in a class loader
 * that has confguard and its other libraries but not everit, so any use of everit on the way fails.
 */
class LintPathTest {
    @TempDir
    Path dir;

    @Test
    void lintRunsWithoutEverit() throws Exception {
        Files.writeString(dir.resolve(".env"), "PORT=8080\nport=1\nPORT=9090\n");
        List<URL> urls = new ArrayList<>();
        for (String name : List.of("dev.confguard.cli.Main", "picocli.CommandLine", "org.yaml.snakeyaml.Yaml",
                "com.fasterxml.jackson.core.JsonFactory", "io.github.cdimascio.dotenv.Dotenv", "com.google.re2j.Pattern",
                "org.json.JSONObject")) {
            urls.add(Class.forName(name).getProtectionDomain().getCodeSource().getLocation());
        }
        URL everit = Class.forName("org.everit.json.schema.Schema").getProtectionDomain().getCodeSource().getLocation();
        assertThat(urls).doesNotContain(everit);
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass("org.everit.json.schema.Schema"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> main = loader.loadClass("dev.confguard.cli.Main");
            Method run = main.getMethod("run", String[].class, PrintWriter.class, PrintWriter.class, InputStream.class,
                    Path.class);
            for (String format : List.of("text", "json")) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                Object code = run.invoke(null, new String[] {"lint", "--format", format, ".env"}, new PrintWriter(out, true),
                        new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]), dir);
                assertThat(err.toString()).as("stderr of lint --format %s", format).isEmpty();
                assertThat(code).as("exit code of lint --format %s", format).isEqualTo(1);
                assertThat(out.toString()).contains("dotenv/duplicate-key");
            }
        }
    }
}
