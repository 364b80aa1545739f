package dev.confguard.schema;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a service schema says about one key, as far as coercion and redaction need: the JSON types
 * its value may have (all of them when the schema does not constrain the type), whether it is
 * secret ({@code x-secret: true}), and for a list, the separator ({@code x-separator}, default
 * {@code ,}) and the shape of its items.
 */
record KeyShape(Set<JsonType> types, boolean secret, String separator, KeyShape items) {
    static final String DEFAULT_SEPARATOR = ",";
    static final KeyShape UNCONSTRAINED = new KeyShape(JsonType.any(), false, DEFAULT_SEPARATOR, null);

    KeyShape {
        types = Set.copyOf(types.isEmpty() ? JsonType.any() : EnumSet.copyOf(types));
    }

    /** Whether a string is among the accepted types (so is any type, when the schema does not constrain it). */
    boolean acceptsString() {
        return types.contains(JsonType.STRING);
    }
}
