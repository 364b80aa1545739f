package dev.confguard.schema;

import dev.confguard.findings.RelatedLocation;
import dev.confguard.resolve.ValueOrigin;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One way a resolved configuration breaks its service's schema. {@code at} is the value's origin (the
 * layer that supplied it), or null for a key that no layer sets; {@code details} carry the schema
 * keyword, the JSON pointer into the configuration and the schema location, for JSON output. Messages
 * show a value only when it is not secret.
 */
public record SchemaProblem(Kind kind, String key, ValueOrigin at, String message, List<RelatedLocation> related,
                            Map<String, String> details) {
    public SchemaProblem {
        related = List.copyOf(related);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** The kinds, one rule each. */
    public enum Kind {
        /** A value breaks a keyword: type, enum, const, format, pattern, length, range, items… */
        INVALID_VALUE,
        /** A key the schema requires is set by no layer. */
        MISSING_REQUIRED,
        /** A value does not read as the type the schema asks for (the string "80a80" for an integer). */
        COERCION,
        /** A key the schema does not describe, where it allows no others. */
        UNKNOWN_KEY
    }
}
