package dev.confguard.resolve;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.yaml.ConfigDocument;

/** What the {@link SourceCache} holds for one path: a parsed document, an error, or nothing there. */
public sealed interface CachedFile permits CachedFile.Dotenv, CachedFile.Config, CachedFile.Absent, LayerError {

    /** The file's display path. */
    String file();

    /** A {@code .env} file, parsed losslessly. */
    record Dotenv(DotenvDocument document) implements CachedFile {
        @Override
        public String file() {
            return document.source().displayPath();
        }
    }

    /** A YAML or JSON file; its non-fatal problems are in the document. */
    record Config(ConfigDocument document) implements CachedFile {
        @Override
        public String file() {
            return document.source().displayPath();
        }
    }

    /** No file at that path. */
    record Absent(String file) implements CachedFile {
    }
}
