package dev.confguard.resolve;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvParser;
import dev.confguard.source.SourceFile;
import dev.confguard.yaml.ConfigDocument;
import dev.confguard.yaml.ConfigParser;

/** What the {@link SourceCache} holds for one path: a parsed document, an error, or nothing there. */
public sealed interface CachedFile permits CachedFile.Dotenv, CachedFile.Config, CachedFile.Absent, LayerError {

    /** The file's display path. */
    String file();

    /**
     * A {@code .env} file, parsed losslessly. A run over a large repository may {@link #release} the
     * parsed document once it is done with it; the source stays, and a later {@link #document} parses
     * it again (parsing is deterministic, so the document is the same).
     */
    final class Dotenv implements CachedFile {
        private final SourceFile source;
        private volatile DotenvDocument document;

        public Dotenv(DotenvDocument document) {
            this.source = document.source();
            this.document = document;
        }

        public DotenvDocument document() {
            DotenvDocument kept = document;
            return kept != null ? kept : DotenvParser.parse(source);
        }

        public SourceFile source() {
            return source;
        }

        void release() {
            document = null;
        }

        @Override
        public String file() {
            return source.displayPath();
        }
    }

    /**
     * A YAML or JSON file (its entries only, see {@link ConfigDocument#entriesOnly}); its non-fatal
     * problems are in the document. Released and parsed again like {@link Dotenv}.
     */
    final class Config implements CachedFile {
        private final SourceFile source;
        private volatile ConfigDocument document;

        public Config(ConfigDocument document) {
            this.source = document.source();
            this.document = document;
        }

        public ConfigDocument document() {
            ConfigDocument kept = document;
            return kept != null ? kept : ConfigParser.parse(source).entriesOnly();
        }

        public SourceFile source() {
            return source;
        }

        void release() {
            document = null;
        }

        @Override
        public String file() {
            return source.displayPath();
        }
    }

    /** No file at that path. */
    record Absent(String file) implements CachedFile {
    }
}
