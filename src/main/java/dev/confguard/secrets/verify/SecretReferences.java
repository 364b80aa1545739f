package dev.confguard.secrets.verify;

import dev.confguard.resolve.ResolvedConfig;
import dev.confguard.resolve.ResolvedValue;
import dev.confguard.resolve.ValueOrigin;
import dev.confguard.secrets.ReferenceParse;
import dev.confguard.secrets.SecretRefParser;
import dev.confguard.secrets.mapping.MappedSecret;
import dev.confguard.source.LineIndex;
import dev.confguard.source.Position;
import dev.confguard.workspace.LayerPattern;
import dev.confguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every secret reference of a run: values written as references in each resolved configuration
 * (only the winning value: an overridden one is never loaded), and the deploy mappings of each
 * (service, environment) found through {@code secrets.mappings}.
 */
public final class SecretReferences {
    private SecretReferences() {
    }

    public static List<ReferenceSite> collect(Workspace workspace, List<ResolvedConfig> configs, MappingFiles mappings) {
        List<ReferenceSite> out = new ArrayList<>();
        for (ResolvedConfig config : configs) {
            for (ResolvedValue value : config.values().values()) {
                ReferenceParse parse = SecretRefParser.parseValue(value.value(), workspace.secrets().syntax());
                if (parse != null) {
                    out.add(new ReferenceSite(config, value.key(), parse, value.origin(), "value", value.value()));
                }
            }
            for (Path file : mappingFilesOf(workspace, config)) {
                MappingFiles.Read read = mappings.get(file);
                if (read.source() == null) {
                    continue;
                }
                LineIndex lines = read.source().lineIndex();
                for (MappedSecret m : read.mappings()) {
                    Position from = lines.position(m.range().start());
                    Position to = lines.position(m.range().end());
                    ValueOrigin at = new ValueOrigin(read.source().displayPath(), from.line(), from.column(),
                            to.line(), to.column(), -1, null);
                    out.add(new ReferenceSite(config, m.variable(), m.reference(), at, m.form(), null));
                }
            }
        }
        return out;
    }

    /** The mapping files of one (service, environment): each pattern under each spelling of the environment. */
    public static List<Path> mappingFilesOf(Workspace workspace, ResolvedConfig config) {
        Set<Path> out = new LinkedHashSet<>();
        for (LayerPattern pattern : workspace.secrets().mappings()) {
            List<String> spellings = pattern.usesEnvironment() ? config.environment().spellings()
                    : List.of(config.environment().name());
            for (String spelling : spellings) {
                out.add(workspace.root().resolve(pattern.expand(config.service().path(), spelling))
                        .toAbsolutePath().normalize());
            }
        }
        return new ArrayList<>(out);
    }
}
