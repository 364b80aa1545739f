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
     * A parsed file. A run over a large repository may {@link #release} the parsed document once it is
     * done with it; the source stays, and a later {@link #document} parses it again (parsing is
     * deterministic, so the document is the same).
     */
    abstract class Parsed<D> {
        private final SourceFile source;
        private volatile D document;

        Parsed(SourceFile source, D document) {
            this.source = source;
            this.document = document;
        }

        /** The document, parsed again from the source when it was released. */
        public D document() {
            D kept = document;
            return kept != null ? kept : parse(source);
        }

        abstract D parse(SourceFile source);

        public SourceFile source() {
            return source;
        }

        void release() {
            document = null;
        }

        public String file() {
            return source.displayPath();
        }
    }

    /** A {@code .env} file, parsed losslessly. */
    final class Dotenv extends Parsed<DotenvDocument> implements CachedFile {
        public Dotenv(DotenvDocument document) {
            super(document.source(), document);
        }

        @Override
        DotenvDocument parse(SourceFile source) {
            return DotenvParser.parse(source);
        }
    }

    /**
     * A YAML or JSON file (its entries only, see {@link ConfigDocument#entriesOnly}); its non-fatal
     * problems are in the document.
     */
    final class Config extends Parsed<ConfigDocument> implements CachedFile {
        public Config(ConfigDocument document) {
            super(document.source(), document);
        }

        @Override
        ConfigDocument parse(SourceFile source) {
            return ConfigParser.parse(source).entriesOnly();
        }
    }

    /** No file at that path. */
    record Absent(String file) implements CachedFile {
    }
}
