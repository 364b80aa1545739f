package dev.confguard.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.confguard.dotenv.dialect.Dialect;
import dev.confguard.errors.UsageException;
import dev.confguard.resolve.ResolutionIssue.Kind;
import dev.confguard.workspace.KeyStyle;
import dev.confguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverTest {
    @TempDir
    Path root;

    private Fixture fourLayers() {
        return new Fixture(root).env("production", "prod").service("api", "api").keys(KeyStyle.ENV)
                .layer(".env").layer(".env.{env}").layer("{service}/config.yaml").layer("{service}/.env.{env}")
                .file(".env", "# shared defaults\nDATABASE_HOST=root-host\nLOG_LEVEL=info\nMULTI=\"line one\nline two\"\n")
                .file(".env.prod", "DATABASE_HOST = prod-host\nLOG_LEVEL=warn\n")
                .file("api/config.yaml", "database:\n  host: yaml-host\n  maxPool: 10\nempty:\n")
                .file("api/.env.production", "export DATABASE_HOST='svc-host'\nEMPTY=\n");
    }

    private static ValueOrigin at(String file, int line, int column, int endLine, int endColumn, int layer, String pattern) {
        return new ValueOrigin(file, line, column, endLine, endColumn, layer, pattern);
    }

    @Test
    void provenanceAcrossFourLayers() {
        ResolvedConfig config = fourLayers().resolve("api", "production");

        assertThat(config.values().keySet())
                .containsExactly("DATABASE_HOST", "LOG_LEVEL", "MULTI", "DATABASE_MAX_POOL", "EMPTY");
        ResolvedValue host = config.values().get("DATABASE_HOST");
        assertThat(host.value()).isEqualTo("svc-host");
        assertThat(host.rawValue()).isEqualTo("svc-host");
        assertThat(host.chain()).containsExactly(
                at(".env", 2, 15, 2, 24, 0, ".env"),
                at(".env.prod", 1, 17, 1, 26, 1, ".env.{env}"),
                at("api/config.yaml", 2, 9, 2, 18, 2, "{service}/config.yaml"),
                at("api/.env.production", 1, 22, 1, 32, 3, "{service}/.env.{env}"));
        assertThat(host.origin().file()).isEqualTo("api/.env.production");
        assertThat(host.overridden()).hasSize(3);

        assertThat(config.values().get("LOG_LEVEL").value()).isEqualTo("warn");
        assertThat(config.values().get("LOG_LEVEL").chain()).extracting(ValueOrigin::file)
                .containsExactly(".env", ".env.prod");

        ResolvedValue multi = config.values().get("MULTI");
        assertThat(multi.value()).isEqualTo("line one\nline two");
        assertThat(multi.chain()).containsExactly(at(".env", 4, 7, 5, 10, 0, ".env"));

        ResolvedValue pool = config.values().get("DATABASE_MAX_POOL");
        assertThat(pool.value()).isEqualTo("10");
        assertThat(pool.chain()).containsExactly(at("api/config.yaml", 3, 12, 3, 14, 2, "{service}/config.yaml"));

        ResolvedValue empty = config.values().get("EMPTY");
        assertThat(empty.value()).isEmpty();
        assertThat(empty.chain()).as("a YAML null and an empty .env value both point at their key").containsExactly(
                at("api/config.yaml", 4, 1, 4, 6, 2, "{service}/config.yaml"),
                at("api/.env.production", 2, 1, 2, 6, 3, "{service}/.env.{env}"));

        assertThat(config.layers()).containsExactly(
                new LayerFile(0, ".env", ".env", true, false),
                new LayerFile(1, ".env.{env}", ".env.production", false, false),
                new LayerFile(1, ".env.{env}", ".env.prod", true, false),
                new LayerFile(2, "{service}/config.yaml", "api/config.yaml", true, false),
                new LayerFile(3, "{service}/.env.{env}", "api/.env.production", true, false),
                new LayerFile(3, "{service}/.env.{env}", "api/.env.prod", false, false));
        assertThat(config.issues()).isEmpty();
    }

    @Test
    void pathsAreShownRelativeToTheWorkingDirectory() {
        Fixture f = fourLayers();
        Workspace w = f.workspace();
        Resolver resolver = new Resolver(w, new SourceCache(root.getParent()), new ResolveOptions(Map.of(), root.getParent()));
        ResolvedConfig config = resolver.resolve(w.service("api"), w.environment("production"));
        String prefix = root.getFileName() + "/";
        assertThat(config.values().get("DATABASE_HOST").chain()).extracting(ValueOrigin::file)
                .containsExactly(prefix + ".env", prefix + ".env.prod", prefix + "api/config.yaml",
                        prefix + "api/.env.production");
    }

    @Test
    void yamlKeysAsPathsKeepDottedNames() {
        ResolvedConfig config = fourLayers().keys(KeyStyle.PATH).resolve("api", "production");
        assertThat(config.values()).containsKeys("database.host", "database.maxPool", "empty");
        assertThat(config.value("database.host")).isEqualTo("yaml-host");
    }

    @Test
    void aliasFileLayersAfterTheNameFile() {
        ResolvedConfig config = new Fixture(root).env("production", "prod").service("api", "api")
                .layer("{service}/.env.{env}")
                .file("api/.env.production", "A=name\nB=only-name\n")
                .file("api/.env.prod", "A=alias\n")
                .resolve("api", "production");
        assertThat(config.value("A")).isEqualTo("alias");
        assertThat(config.value("B")).isEqualTo("only-name");
        assertThat(config.values().get("A").chain()).extracting(ValueOrigin::file)
                .containsExactly("api/.env.production", "api/.env.prod");
    }

    @Test
    void environmentIsFoundByAliasToo() {
        Fixture f = fourLayers();
        Workspace w = f.workspace();
        ResolvedConfig config = f.resolver().resolve(w.service("api"), w.environment("prod"));
        assertThat(config.environment().name()).isEqualTo("production");
        assertThat(config.value("LOG_LEVEL")).isEqualTo("warn");
    }

    @Test
    void theSameFileReachedTwiceCountsOnceAtItsFirstPosition() {
        ResolvedConfig config = new Fixture(root).env("dev").service("root", "")
                .layer(".env").layer("{service}/.env").layer("{service}/.env.{env}").layer("./.env.{env}")
                .file(".env", "A=1\n").file(".env.dev", "A=2\n")
                .resolve("root", "dev");
        assertThat(config.layers()).containsExactly(
                new LayerFile(0, ".env", ".env", true, false),
                new LayerFile(2, "{service}/.env.{env}", ".env.dev", true, false));
        assertThat(config.values().get("A").chain()).extracting(ValueOrigin::file, ValueOrigin::layerIndex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(".env", 0),
                        org.assertj.core.groups.Tuple.tuple(".env.dev", 2));
    }

    @Test
    void sharedRootLayersAreParsedOnceForEveryPair() {
        Fixture f = new Fixture(root).env("dev").env("staging").env("production", "prod")
                .layer(".env").layer(".env.{env}").layer("{service}/.env").layer("{service}/.env.{env}")
                .file(".env", "SHARED=root\nOVER=root\n")
                .file(".env.dev", "ENV_NAME=dev\n").file(".env.staging", "ENV_NAME=staging\n")
                .file(".env.prod", "ENV_NAME=production\n");
        int services = 40;
        for (int i = 0; i < services; i++) {
            f.service("s" + i, "services/s" + i).file("services/s" + i + "/.env", "OVER=s" + i + "\nNAME=s" + i + "\n");
        }
        f.file("services/s7/.env.prod", "OVER=s7-prod\n");
        SourceCache cache = new SourceCache(root);
        Resolver resolver = f.resolver(cache);

        List<ResolvedConfig> all = resolver.resolveAll(List.of(), List.of());

        assertThat(all).hasSize(services * 3);
        assertThat(all.get(0).service().name()).isEqualTo("s0");
        assertThat(all).extracting(c -> c.service().name() + "/" + c.environment().name()).startsWith(
                "s0/dev", "s0/staging", "s0/production", "s1/dev");
        for (ResolvedConfig c : all) {
            assertThat(c.value("SHARED")).isEqualTo("root");
            assertThat(c.value("NAME")).isEqualTo(c.service().name());
            assertThat(c.value("ENV_NAME")).isEqualTo(c.environment().name());
        }
        assertThat(all.get(7 * 3 + 2).value("OVER")).isEqualTo("s7-prod");
        int distinctFiles = 1 + 3 + services + 1;
        assertThat(cache.parseCount()).isEqualTo(distinctFiles);
        resolver.resolveAll(List.of(), List.of());
        new Resolver(f.workspace(), cache, ResolveOptions.of(root)).resolveAll(List.of("s3"), List.of("prod"));
        assertThat(cache.parseCount()).as("a second run and a second resolver reuse the documents").isEqualTo(distinctFiles);
        assertThat(cache.loaded()).hasSize(distinctFiles)
                .allSatisfy((path, file) -> assertThat(file).isInstanceOf(CachedFile.Dotenv.class));
    }

    @Test
    void resolveAllFiltersByNameOrAliasAndKeepsWorkspaceOrder() {
        Fixture f = new Fixture(root).env("dev").env("production", "prod").service("b", "b").service("a", "a")
                .layer("{service}/.env");
        List<ResolvedConfig> some = f.resolver().resolveAll(List.of("a", "b"), List.of("prod", "dev"));
        assertThat(some).extracting(c -> c.service().name() + "/" + c.environment().name())
                .containsExactly("b/dev", "b/production", "a/dev", "a/production");
        assertThatThrownBy(() -> f.resolver().resolveAll(List.of("aa"), List.of()))
                .isInstanceOf(UsageException.class).hasMessage("unknown service 'aa'; did you mean 'a'?");
        assertThatThrownBy(() -> f.resolver().resolveAll(List.of(), List.of("stage")))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("unknown environment 'stage'");
    }

    @Test
    void missingRequiredLayerIsAnIssue() {
        Fixture f = new Fixture(root).env("production", "prod").service("api", "api")
                .layer(".env").requiredLayer("{service}/.env.{env}").file(".env", "A=1\n");
        ResolvedConfig missing = f.resolve("api", "production");
        assertThat(missing.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(Kind.MISSING_REQUIRED_LAYER);
            assertThat(issue.key()).isNull();
            assertThat(issue.at()).isNull();
            assertThat(issue.message()).isEqualTo("required layer {service}/.env.{env} has no file for api in production"
                    + " (looked for api/.env.production, api/.env.prod)");
        });
        assertThat(missing.layers()).extracting(LayerFile::required, LayerFile::exists).containsExactly(
                org.assertj.core.groups.Tuple.tuple(false, true), org.assertj.core.groups.Tuple.tuple(true, false),
                org.assertj.core.groups.Tuple.tuple(true, false));
        assertThat(missing.value("A")).isEqualTo("1");

        f.file("api/.env.prod", "B=2\n");
        assertThat(f.resolve("api", "production").issues()).isEmpty();
    }

    @Test
    void unusableLayersAreIssuesNotExceptions() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 4 == 0 ? 0 : i % 32);
        }
        ResolvedConfig config = new Fixture(root).env("production").service("api", "api")
                .layer(".env").layer(".env.{env}").layer("{service}/config.yaml").layer("{service}/config.json")
                .file(".env", "A=1\n").bytes(".env.production", binary)
                .file("api/config.yaml", "a: &x [*x]\n")
                .file("api/config.json", "{\"b\": 2, \"c\": ")
                .resolve("api", "production");
        assertThat(config.value("A")).isEqualTo("1");
        assertThat(config.value("b")).as("a JSON syntax error keeps what came before it").isEqualTo("2");
        assertThat(config.issues()).extracting(ResolutionIssue::kind).containsExactly(
                Kind.UNUSABLE_LAYER, Kind.UNUSABLE_LAYER, Kind.LAYER_SYNTAX_ERROR);
        ResolutionIssue binaryIssue = config.issues().get(0);
        assertThat(binaryIssue.at()).isEqualTo(at(".env.production", 1, 1, 1, 1, 1, ".env.{env}"));
        assertThat(binaryIssue.message()).isEqualTo(".env.production cannot be used (binary file, not a text "
                + "configuration file); its keys are missing from api in production");
        assertThat(config.issues().get(1).message()).startsWith("api/config.yaml cannot be used (nesting is too deep");
        assertThat(config.issues().get(2).message())
                .isEqualTo("api/config.json has a syntax error at line 1; keys after it are missing from api in production");
        assertThat(config.layers()).extracting(LayerFile::exists).containsOnly(true);
    }

    @Test
    void yamlSyntaxErrorLosesTheWholeFile() {
        ResolvedConfig config = new Fixture(root).env("dev").service("api", "api").layer("{service}/config.yml")
                .file("api/config.yml", "a: 1\nb: [\n").resolve("api", "dev");
        assertThat(config.values()).isEmpty();
        assertThat(config.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Kind.LAYER_SYNTAX_ERROR);
            assertThat(i.message()).contains("its keys are missing");
        });
    }

    @Test
    void unknownFileKindsAndFoldersAreUnusable() {
        ResolvedConfig config = new Fixture(root).env("dev").service("api", "api")
                .layer("{service}/settings.toml").layer("{service}/.env.d")
                .file("api/settings.toml", "a = 1\n").file("api/.env.d/x", "")
                .resolve("api", "dev");
        assertThat(config.issues()).extracting(ResolutionIssue::message).containsExactly(
                "api/settings.toml cannot be used (is neither a .env file nor a YAML or JSON file); its keys are missing from api in dev",
                "api/.env.d cannot be used (is a folder, not a file); its keys are missing from api in dev");
    }

    @Test
    void interpolationSeesFinalValuesAcrossLayers() {
        ResolvedConfig config = new Fixture(root).env("production").service("api", "api")
                .layer(".env").layer(".env.{env}").layer("{service}/config.yaml")
                .file(".env", "HOST=localhost\nURL=http://${HOST}:${PORT:-80}/$DB_NAME\nLITERAL='${HOST} $$ stays'\n"
                        + "PASSWORD=s3cr3t-value\nBROKEN=${MISSING_VAR}x\nQUOTED=\"${HOST}\\$HOST\"\n")
                .file(".env.production", "HOST=prod.example.com\nDB_NAME=app\n")
                .file("api/config.yaml", "greeting: 'hi ${HOST}'\nsecret_copy: $PASSWORD\n")
                .resolve("api", "production");
        assertThat(config.value("URL")).isEqualTo("http://prod.example.com:80/app");
        assertThat(config.values().get("URL").rawValue()).isEqualTo("http://${HOST}:${PORT:-80}/$DB_NAME");
        assertThat(config.value("LITERAL")).as("single-quoted .env values are literal").isEqualTo("${HOST} $$ stays");
        assertThat(config.value("QUOTED")).isEqualTo("prod.example.com$HOST");
        assertThat(config.value("greeting")).as("YAML values are interpolated, quoted or not")
                .isEqualTo("hi prod.example.com");
        assertThat(config.value("BROKEN")).isEqualTo("x");
        assertThat(config.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(Kind.UNDEFINED_VARIABLE);
            assertThat(issue.key()).isEqualTo("BROKEN");
            assertThat(issue.at()).isEqualTo(at(".env", 5, 8, 5, 23, 0, ".env"));
            assertThat(issue.message()).isEqualTo("BROKEN refers to MISSING_VAR, which is not set (the process "
                    + "environment is read only with --process-env) and has no default; it expands to \"\"");
        });
    }

    @Test
    void cyclesAcrossLayersNameTheChainAndPointAtEveryKey() {
        ResolvedConfig config = new Fixture(root).env("dev").service("api", "api")
                .layer(".env").layer("{service}/.env")
                .file(".env", "A=${B}\nTOKEN=very-secret\nSELF=${SELF:-d}\n")
                .file("api/.env", "B=x${C}\nC=$A/$TOKEN\nTWO=$THREE\nTHREE=$TWO\n")
                .resolve("api", "dev");
        assertThat(config.issues()).extracting(ResolutionIssue::kind, ResolutionIssue::key, ResolutionIssue::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.INTERPOLATION_CYCLE, "A",
                                "interpolation cycle: A → B → C → A; the reference that closes it expands to its default or \"\""),
                        org.assertj.core.groups.Tuple.tuple(Kind.INTERPOLATION_CYCLE, "TWO",
                                "interpolation cycle: TWO → THREE → TWO; the reference that closes it expands to its default or \"\""));
        ResolutionIssue abc = config.issues().get(0);
        assertThat(abc.at()).isEqualTo(at(".env", 1, 3, 1, 7, 0, ".env"));
        assertThat(abc.related()).containsExactly(
                at("api/.env", 1, 3, 1, 8, 1, "{service}/.env"), at("api/.env", 2, 3, 2, 12, 1, "{service}/.env"));
        assertThat(config.value("SELF")).isEqualTo("d");
        assertThat(config.value("C")).isEqualTo("/very-secret");
        assertThat(config.issues()).extracting(ResolutionIssue::message).noneMatch(m -> m.contains("very-secret"));
    }

    @Test
    void longCyclesAreElidedInTheMessage() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("C").append(i).append("=$C").append((i + 1) % 30).append('\n');
        }
        ResolvedConfig config = new Fixture(root).env("dev").service("api", "api").layer(".env")
                .file(".env", text.toString()).resolve("api", "dev");
        assertThat(config.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).isEqualTo("interpolation cycle: C0 → C1 → C2 → C3 → C4 → C5 → C6 → C7 → C8 → C9"
                    + " → … (11 more) … → C21 → C22 → C23 → C24 → C25 → C26 → C27 → C28 → C29 → C0; the reference that"
                    + " closes it expands to its default or \"\"");
            assertThat(issue.related()).hasSize(18).extracting(ValueOrigin::line).startsWith(2, 3).endsWith(29, 30);
        });
    }

    @Test
    void processEnvironmentIsUsedOnlyWhenGiven() {
        Fixture f = new Fixture(root).env("dev").service("api", "api").layer(".env")
                .file(".env", "DATA=${HOME_DIR}/data\nHOST=cfg\nURL=$HOST\n");
        Workspace w = f.workspace();
        ResolvedConfig without = f.resolver(Map.of()).resolve(w.service("api"), w.environment("dev"));
        assertThat(without.value("DATA")).isEqualTo("/data");
        assertThat(without.issues()).extracting(ResolutionIssue::kind).containsExactly(Kind.UNDEFINED_VARIABLE);

        ResolvedConfig with = f.resolver(Map.of("HOME_DIR", "/home/u", "HOST", "from-shell"))
                .resolve(w.service("api"), w.environment("dev"));
        assertThat(with.value("DATA")).isEqualTo("/home/u/data");
        assertThat(with.value("URL")).as("the configuration comes before the process environment").isEqualTo("cfg");
        assertThat(with.issues()).isEmpty();
    }

    @Test
    void blowUpIsCappedAndReported() {
        StringBuilder text = new StringBuilder("K40=0123456789abcdef\n");
        for (int i = 39; i >= 0; i--) {
            text.append("K").append(i).append("=${K").append(i + 1).append("}${K").append(i + 1).append("}\n");
        }
        ResolvedConfig config = new Fixture(root).env("dev").service("api", "api").layer(".env")
                .file(".env", text.toString()).resolve("api", "dev");
        assertThat(config.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(Kind.VALUE_TOO_LARGE);
            assertThat(issue.key()).isEqualTo("K23");
            assertThat(issue.at().line()).isEqualTo(18);
        });
        assertThat(config.value("K24")).hasSize(1 << 20);
        assertThat(config.value("K0")).isEmpty();
    }

    @Test
    void readingThatNoParserEntryStartsFallsBackToItsLine() {
        // dotenv-java reads B on line 2; the parser sees line 2 inside A's quoted value.
        ResolvedConfig config = new Fixture(root).env("dev").service("api", "api").layer(".env")
                .dialect(Dialect.DOTENV_JAVA).file(".env", "A=\"a\\\\\"\nB=\"b\"\nC=after\n").resolve("api", "dev");
        assertThat(config.value("B")).isEqualTo("b");
        assertThat(config.values().get("B").chain()).containsExactly(at(".env", 2, 1, 2, 6, 0, ".env"));
        assertThat(config.values().get("C").chain()).containsExactly(at(".env", 3, 3, 3, 8, 0, ".env"));
    }

    @Test
    void keysWithoutEqualsSetNothing() {
        ResolvedConfig config = new Fixture(root).env("dev").service("api", "api").layer(".env").layer("{service}/.env")
                .file(".env", "A=1\n").file("api/.env", "A\nB\n").resolve("api", "dev");
        assertThat(config.values().keySet()).containsExactly("A");
        assertThat(config.value("A")).isEqualTo("1");
    }

    @Test
    void multiLineYamlAndBomPositions() {
        ResolvedConfig config = new Fixture(root).env("dev").service("api", "api").keys(KeyStyle.ENV)
                .layer("{service}/config.yaml").layer("{service}/.env")
                .file("api/config.yaml", "server:\n  banner: |\n    hello\n    world\n  hosts:\n    - a.example\n")
                .file("api/.env", "\uFEFFKEY=é€😀x\n")
                .resolve("api", "dev");
        assertThat(config.value("SERVER_BANNER")).isEqualTo("hello\nworld\n");
        // snakeyaml ends a block scalar where the next line starts
        assertThat(config.values().get("SERVER_BANNER").origin()).isEqualTo(
                at("api/config.yaml", 2, 11, 5, 1, 0, "{service}/config.yaml"));
        assertThat(config.values().get("SERVER_HOSTS_0").origin()).isEqualTo(
                at("api/config.yaml", 6, 7, 6, 16, 0, "{service}/config.yaml"));
        // columns count UTF-16 units (the emoji is two), the BOM included, as everywhere in confguard
        assertThat(config.values().get("KEY").origin()).isEqualTo(at("api/.env", 1, 6, 1, 11, 1, "{service}/.env"));
    }

    @Test
    void issuesNeverQuoteValues() {
        ResolvedConfig config = new Fixture(root).env("dev").service("api", "api").layer(".env")
                .file(".env", "SECRET=hunter2${NOPE}${BAD\nLOOP=hunter2$LOOP2\nLOOP2=$LOOP\n").resolve("api", "dev");
        assertThat(config.issues()).hasSize(3)
                .extracting(ResolutionIssue::message).allSatisfy(m -> assertThat(m).doesNotContain("hunter2"));
        assertThat(config.issues().stream().map(ResolutionIssue::kind).collect(Collectors.toList()))
                .containsExactly(Kind.INVALID_REFERENCE, Kind.UNDEFINED_VARIABLE, Kind.INTERPOLATION_CYCLE);
    }
}
