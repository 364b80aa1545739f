package dev.confguard.workspace;

import static dev.confguard.workspace.Trees.files;
import static dev.confguard.workspace.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.dotenv.dialect.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceInitTest {
    @TempDir
    Path temp;

    /** Writes the rendered text as the root's .confguard.yaml and loads it back. */
    private static Workspace roundTrip(Workspace ws) {
        write(ws.root(), ".confguard.yaml", WorkspaceInit.render(ws));
        return WorkspaceLoader.load(ws.root(), null);
    }

    private static void assertSameWorkspace(Workspace actual, Workspace expected) {
        assertThat(actual).usingRecursiveComparison().ignoringFields("configFile").isEqualTo(expected);
        assertThat(actual.configFile()).isEqualTo(expected.root().resolve(".confguard.yaml"));
    }

    @Test
    void theStarterForADiscoveredTreeReadsBackAsTheSameWorkspace() {
        Path root = files(temp.resolve("platform"), ".env", "api/.env.development", "api/.env.staging",
                "api/.env.production.local", "web/.env.test", "jobs/config/qa.yaml", "jobs/.env",
                "teams/a/api/.env", "schemas/web.schema.json");
        Workspace discovered = ZeroConfig.discover(root);
        assertThat(discovered.services()).hasSize(5);
        assertSameWorkspace(roundTrip(discovered), discovered);
    }

    @Test
    void everySettingSurvivesTheRoundTripIncludingNamesThatNeedQuotes() {
        Path root = files(temp, "svc one/", "yes/", "2fa/", "schemas/x.json").toAbsolutePath().normalize();
        Workspace ws = new Workspace(root, null,
                List.of(new Environment("development", List.of("dev", "local"), false),
                        new Environment("on", List.of("1"), true),
                        new Environment("production", List.of("prod"), true)),
                List.of(new Service("svc: one", "svc one", "schemas/x.json"), new Service("yes", "yes", null),
                        new Service("2fa", "2fa", null), new Service("#root", "", null)),
                List.of(new LayerPattern(".env", false), new LayerPattern("{service}/.env.{env}", true),
                        new LayerPattern("*/x", false)),
                Dialect.DOTENV_JAVA, KeyStyle.ENV, List.of("builtin:core", "builtin:netra"),
                Map.of("dotenv/bom", "off", "dotenv/quote-character", "info"), List.of("**/fixtures/**", "a b"),
                new SecretSettings("gcp", "inv \"x\".json", Map.of("production", "netra-prod", "on", "p-on")));
        assertSameWorkspace(roundTrip(ws), ws);
    }

    @Test
    void everySectionIsPresentWithAOneLineCommentAboveIt() {
        String text = WorkspaceInit.render(ZeroConfig.discover(files(temp, "api/.env.staging")));
        List<String> lines = List.of(text.split("\n"));
        for (String section : List.of("version:", "dialect:", "yamlKeys:", "environments:", "services:",
                "hierarchy:", "rules:", "ignore:", "secrets:")) {
            int at = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(section)) {
                    at = i;
                }
            }
            assertThat(at).as(section).isPositive();
            assertThat(lines.get(at - 1)).as("comment above " + section).startsWith("# ")
                    .contains(section.equals("version:") ? "required" : "default");
        }
        assertThat(text).contains("  - name: api\n    path: api\n", "  - name: staging\n    deployed: true\n",
                "  store: off\n", "  packs: [builtin:core]\n");
    }
}
