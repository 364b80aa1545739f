package dev.confguard.bench;

import dev.confguard.workspace.Service;
import dev.confguard.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Service schemas for a {@link GeneratedWorkspace}: every key family it writes, typed, with formats,
 * patterns and ranges, {@code additionalProperties: false} and a few required keys, one file per
 * service, each naming its service (so that loading is measured too, and no two are alike), or one
 * shared by all, and the workspace's {@code .confguard.yaml}.
 */
final class GeneratedSchemas {
    static final String SCHEMA = "{\n"
            + "  \"type\": \"object\",\n"
            + "  \"additionalProperties\": false,\n"
            + "  \"required\": [\"HOST\", \"PORT\", \"APP_NAME\"],\n"
            + "  \"properties\": {\n"
            + "    \"HOST\": {\"type\": \"string\", \"format\": \"hostname\"},\n"
            + "    \"PORT\": {\"type\": \"integer\", \"format\": \"port\"},\n"
            + "    \"APP_NAME\": {\"const\": \"@SERVICE@\"}\n"
            + "  },\n"
            + "  \"patternProperties\": {\n"
            + "    \"^SHARED_[0-9]+$\": {\"type\": \"string\", \"minLength\": 1},\n"
            + "    \"^ENV_[0-9]+$\": {\"type\": \"string\", \"maxLength\": 64},\n"
            + "    \"^APP_LIMITS_LIMIT[0-9]+$\": {\"type\": \"integer\", \"minimum\": 0},\n"
            + "    \"^SVC_[0-9]+$\": {\"type\": \"string\"},\n"
            + "    \"^DB_URL_[0-9]+$\": {\"type\": \"string\", \"format\": \"postgres-dsn\", \"x-secret\": true},\n"
            + "    \"^SVC_ENV_[0-9]+$\": {\"type\": \"string\", \"minLength\": 1}\n"
            + "  }\n"
            + "}\n";

    private GeneratedSchemas() {
    }

    /** Writes a schema per service and returns the workspace with each service naming its schema. */
    static Workspace write(Path root, Workspace workspace) throws IOException {
        return write(root, workspace, false);
    }

    /**
     * Writes the schemas and returns the workspace with each service naming its schema: one per service,
     * or, when {@code shared}, one file for all (whose APP_NAME is any svc-N).
     */
    static Workspace write(Path root, Workspace workspace, boolean shared) throws IOException {
        List<Service> services = new ArrayList<>();
        for (Service s : workspace.services()) {
            // not schemas/{name}.schema.json: the zero-config convention would pick those up without being named
            String schema = "service-schemas/" + (shared ? "shared" : s.name()) + ".schema.json";
            Path file = root.resolve(schema);
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, shared ? SCHEMA.replace("{\"const\": \"@SERVICE@\"}",
                        "{\"type\": \"string\", \"pattern\": \"^svc-[0-9]+$\"}")
                        : SCHEMA.replace("@SERVICE@", s.name()), StandardCharsets.UTF_8);
            }
            services.add(new Service(s.name(), s.path(), schema));
        }
        return new Workspace(workspace.root(), workspace.configFile(), workspace.environments(), services,
                workspace.hierarchy(), workspace.dialect(), workspace.yamlKeys(), workspace.rulePacks(),
                workspace.severities(), workspace.ignore(), workspace.secrets());
    }

    /** The {@code .confguard.yaml} that describes the generated workspace, with or without the schemas. */
    static void writeConfig(Path root, Workspace workspace, boolean withSchemas) throws IOException {
        StringBuilder yaml = new StringBuilder("version: 1\nyamlKeys: env\nenvironments:\n");
        workspace.environments().forEach(e -> yaml.append("  - name: ").append(e.name()).append("\n    aliases: ")
                .append(e.aliases()).append("\n    deployed: ").append(e.deployed()).append('\n'));
        yaml.append("services:\n");
        for (Service s : workspace.services()) {
            yaml.append("  - name: ").append(s.name()).append("\n    path: ").append(s.path()).append('\n');
            if (withSchemas && s.schema() != null) {
                yaml.append("    schema: ").append(s.schema()).append('\n');
            }
        }
        yaml.append("hierarchy:\n");
        workspace.hierarchy().forEach(l -> yaml.append("  - path: \"").append(l.pattern()).append("\"\n    required: ")
                .append(l.required()).append('\n'));
        Files.writeString(root.resolve(".confguard.yaml"), yaml, StandardCharsets.UTF_8);
    }
}
