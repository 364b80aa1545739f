package dev.confguard.workspace;

import dev.confguard.errors.UsageException;
import java.util.List;

/**
 * A workspace configuration that cannot be used, with every error found in it (not just the first),
 * so one run shows the user all there is to fix. The message is the first error on one line.
 */
public class WorkspaceException extends UsageException {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigError> errors;

    public WorkspaceException(List<ConfigError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public WorkspaceException(ConfigError error) {
        this(List.of(error));
    }

    /** Every error, in file order. */
    public List<ConfigError> errors() {
        return errors;
    }

    private static String summary(List<ConfigError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a workspace exception needs at least one error");
        }
        String first = errors.get(0).format();
        return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
    }
}
