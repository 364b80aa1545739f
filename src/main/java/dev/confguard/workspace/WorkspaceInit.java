package dev.confguard.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the text of a starter {@code .confguard.yaml} for a workspace (usually the zero-config one),
 * every section present and commented, so a team starts from what confguard already sees instead of
 * a blank page. Reading the text back gives the same workspace.
 */
public final class WorkspaceInit {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_./][A-Za-z0-9_./@-]*(:[A-Za-z0-9_./@-]+)*");
    private static final Pattern YAML11_SPECIAL = Pattern.compile(
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL"
                    + "|\\.(inf|Inf|INF|nan|NaN|NAN)|\\.[0-9].*");

    private WorkspaceInit() {
    }

    public static String render(Workspace workspace) {
        StringBuilder out = new StringBuilder();
        out.append("# confguard workspace configuration: the services, environments and layered files of this\n")
                .append("# repository, written from the files found here. confguard's JSON Schema documents every key\n")
                .append("# (schemas/confguard.schema.json in the confguard repository and jar).\n")
                .append('\n')
                .append("# The version of this file format (required; always 1).\n")
                .append("version: 1\n")
                .append('\n')
                .append("# The .env loader whose reading the checks assume: common, python-dotenv, node-dotenv or "
                        + "dotenv-java (default: common).\n")
                .append("dialect: ").append(workspace.dialect().id()).append('\n')
                .append('\n')
                .append("# How keys of YAML/JSON layers are named: path keeps database.host, env maps it to "
                        + "DATABASE_HOST (default: path).\n")
                .append("yamlKeys: ").append(workspace.yamlKeys() == KeyStyle.ENV ? "env" : "path").append('\n')
                .append('\n');
        environments(workspace.environments(), out);
        services(workspace.services(), out);
        hierarchy(workspace.hierarchy(), out);
        rules(workspace, out);
        out.append("# Globs of files and folders to leave out, relative to this file; ** crosses folders "
                + "(default: none).\n");
        list("ignore", workspace.ignore(), out);
        out.append('\n');
        secrets(workspace.secrets(), out);
        return out.toString();
    }

    private static void environments(List<Environment> environments, StringBuilder out) {
        out.append("# The environments; deployed ones get the strict checks (default: the .env.{env} and "
                + "config/{env}.yaml names found; deployed is false only for development, dev, local and test).\n");
        if (environments.isEmpty()) {
            out.append("environments: []\n\n");
            return;
        }
        out.append("environments:\n");
        for (Environment env : environments) {
            out.append("  - name: ").append(scalar(env.name())).append('\n');
            if (!env.aliases().isEmpty()) {
                out.append("    aliases: ").append(flow(env.aliases())).append('\n');
            }
            out.append("    deployed: ").append(env.deployed()).append('\n');
        }
        out.append('\n');
    }

    private static void services(List<Service> services, StringBuilder out) {
        out.append("# The services, each a folder relative to this file ('.' is this folder) with an optional JSON "
                + "Schema (default: every folder holding .env files).\n");
        if (services.isEmpty()) {
            out.append("services: []\n\n");
            return;
        }
        out.append("services:\n");
        for (Service service : services) {
            out.append("  - name: ").append(scalar(service.name())).append('\n');
            out.append("    path: ").append(scalar(service.path().isEmpty() ? "." : service.path())).append('\n');
            if (service.schema() != null) {
                out.append("    schema: ").append(scalar(service.schema())).append('\n');
            }
        }
        out.append('\n');
    }

    private static void hierarchy(List<LayerPattern> hierarchy, StringBuilder out) {
        out.append("# The files layered into each (service, environment), lowest precedence first; {service} is the "
                + "service's folder, {env} the environment; a missing file is skipped unless required "
                + "(default: the list below).\n");
        if (hierarchy.isEmpty()) {
            out.append("hierarchy: []\n\n");
            return;
        }
        out.append("hierarchy:\n");
        for (LayerPattern layer : hierarchy) {
            if (layer.required()) {
                out.append("  - path: ").append(scalar(layer.pattern())).append("\n    required: true\n");
            } else {
                out.append("  - ").append(scalar(layer.pattern())).append('\n');
            }
        }
        out.append('\n');
    }

    private static void rules(Workspace workspace, StringBuilder out) {
        out.append("# The rule packs to run, and severity overrides: rule id -> error, warning, info or off "
                + "(default: builtin:core, no overrides).\n");
        out.append("rules:\n");
        out.append("  packs: ").append(flow(workspace.rulePacks())).append('\n');
        if (workspace.severities().isEmpty()) {
            out.append("  severity: {}\n");
        } else {
            out.append("  severity:\n");
            workspace.severities().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.append("    ").append(scalar(e.getKey())).append(": ")
                            .append(e.getValue()).append('\n'));
        }
        out.append('\n');
    }

    private static void secrets(SecretSettings secrets, StringBuilder out) {
        out.append("# How secret references are verified: store is off, inventory (a snapshot file) or gcp "
                + "(Secret Manager, one project per environment) (default: off).\n");
        out.append("secrets:\n");
        out.append("  store: ").append(secrets.store()).append('\n');
        if (secrets.inventory() == null) {
            out.append("  # inventory: secrets-inventory.json\n");
        } else {
            out.append("  inventory: ").append(scalar(secrets.inventory())).append('\n');
        }
        if (secrets.projects().isEmpty()) {
            out.append("  projects: {}\n");
        } else {
            out.append("  projects:\n");
            secrets.projects().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.append("    ").append(scalar(e.getKey())).append(": ")
                            .append(scalar(e.getValue())).append('\n'));
        }
    }

    private static void list(String key, List<String> items, StringBuilder out) {
        if (items.isEmpty()) {
            out.append(key).append(": []\n");
            return;
        }
        out.append(key).append(":\n");
        for (String item : items) {
            out.append("  - ").append(scalar(item)).append('\n');
        }
    }

    private static String flow(List<String> items) {
        List<String> shown = new ArrayList<>();
        for (String item : items) {
            shown.add(scalar(item));
        }
        return "[" + String.join(", ", shown) + "]";
    }

    /**
     * A string as a YAML scalar that reads back as the same string: plain when that is safe, else
     * double-quoted. (Severities and the store are written bare: a bare {@code off} reads as false,
     * which the schema takes as off.)
     */
    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !YAML11_SPECIAL.matcher(s).matches()) {
            return s;
        }
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                q.append(String.format("\\x%02x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
