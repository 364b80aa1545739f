package dev.confguard.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCacheTest {
    @TempDir
    Path root;

    private Path write(String name, String text) throws Exception {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void concurrentRequestsForOneFileParseItOnce() throws Exception {
        Path env = write(".env", "A=1\n".repeat(10_000));
        SourceCache cache = new SourceCache(root);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CachedFile>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                // differently spelled paths to the same file
                Path asked = i % 2 == 0 ? env : root.resolve("sub/../.env");
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.get(asked);
                }));
            }
            start.countDown();
            CachedFile first = results.get(0).get(30, TimeUnit.SECONDS);
            for (Future<CachedFile> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.parseCount()).isEqualTo(1);
        assertThat(cache.loaded()).containsOnlyKeys(env.toAbsolutePath().normalize());
    }

    @Test
    void eachKindOfFile() throws Exception {
        SourceCache cache = new SourceCache(root, 1024);
        assertThat(cache.get(write(".env.production", "A=1\n"))).isInstanceOf(CachedFile.Dotenv.class);
        assertThat(cache.get(write("config/app.env", "A=1\n"))).isInstanceOf(CachedFile.Dotenv.class);
        assertThat(cache.get(write("c.yaml", "a: 1\n"))).isInstanceOf(CachedFile.Config.class);
        assertThat(cache.get(write("c.yml", "a: 1\n"))).isInstanceOf(CachedFile.Config.class);
        assertThat(cache.get(write("c.json", "{\"a\": 1}"))).isInstanceOf(CachedFile.Config.class);
        assertThat(cache.get(root.resolve("missing/.env"))).isEqualTo(new CachedFile.Absent("missing/.env"));
        assertThat(cache.get(write("big.env", "A=" + "x".repeat(2000))))
                .isEqualTo(new LayerError("big.env", "file is too large (0.0 MiB; the limit is 0.0 MiB, see --max-file-size)"));
        assertThat(cache.get(write("bomb.yaml", "a: &a [*a, *a]\n"))).isInstanceOf(LayerError.class);
        assertThat(cache.parseCount()).as("documents and parsed-but-fatal files; not missing or too large ones")
                .isEqualTo(6);
        assertThat(cache.loaded()).hasSize(7);
    }

    @Test
    void aReleasedDocumentIsParsedAgainFromTheSameSource() throws Exception {
        Path env = write(".env", "A=1\n# note\nB='two'\n");
        Path yaml = write("c.yaml", "a:\n  b: 1\n");
        SourceCache cache = new SourceCache(root);
        CachedFile.Dotenv dotenv = (CachedFile.Dotenv) cache.get(env);
        CachedFile.Config config = (CachedFile.Config) cache.get(yaml);
        var dotenvBefore = dotenv.document();
        var configBefore = config.document();

        cache.release(env);
        cache.release(yaml);
        cache.release(root.resolve("never-read.env"));

        assertThat(cache.get(env)).isSameAs(dotenv);
        assertThat(dotenv.document()).isNotSameAs(dotenvBefore);
        assertThat(dotenv.document().lines()).hasToString(dotenvBefore.lines().toString()).hasSize(3);
        assertThat(dotenv.source()).isSameAs(dotenvBefore.source());
        assertThat(config.document()).isNotSameAs(configBefore);
        assertThat(config.document().entries()).isEqualTo(configBefore.entries());
        assertThat(cache.parseCount()).isEqualTo(2);
        assertThat(cache.loaded()).containsOnlyKeys(env.toAbsolutePath().normalize(), yaml.toAbsolutePath().normalize());
    }
}
