package dev.confguard.dotenv.dialect;

import java.util.Locale;

/** The {@code .env} loaders confguard models, each with a stable id and a reader that reads like it. */
public enum Dialect {
    /** confguard's default reading: python-dotenv's structure without interpolation, BOM stripped. */
    COMMON("common", new CommonReader()),
    /** python-dotenv 0.21.0, {@code dotenv_values(interpolate=False)}. */
    PYTHON_DOTENV("python-dotenv", new PythonDotenvReader()),
    /** npm dotenv 18.0.10, {@code parse()} with default options. */
    NODE_DOTENV("node-dotenv", new NodeDotenvReader()),
    /** dotenv-java 3.2.0, {@code configure().ignoreIfMalformed().load()}. */
    DOTENV_JAVA("dotenv-java", new DotenvJavaReader());

    private final String id;
    private final DialectReader reader;

    Dialect(String id, DialectReader reader) {
        this.id = id;
        this.reader = reader;
    }

    public String id() {
        return id;
    }

    public DialectReader reader() {
        return reader;
    }

    /** The dialect with this id, or null. */
    public static Dialect byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Dialect dialect : values()) {
            if (dialect.id.equals(wanted)) {
                return dialect;
            }
        }
        return null;
    }
}
