package dev.confguard.schema;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;

/** The JSON types a schema can ask for, and the set algebra coercion needs ({@code integer} ⊂ {@code number}). */
enum JsonType {
    STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT, NULL;

    /** How many types there are ({@code values()} copies its array at each call). */
    private static final int COUNT = values().length;

    /** Every type: what a schema without a type constraint accepts. */
    static EnumSet<JsonType> any() {
        return EnumSet.allOf(JsonType.class);
    }

    static boolean isAny(Set<JsonType> types) {
        return types.size() == COUNT;
    }

    /** The types both accept; a number constraint and an integer one meet at integer. */
    static EnumSet<JsonType> intersect(Set<JsonType> a, Set<JsonType> b) {
        EnumSet<JsonType> out = EnumSet.noneOf(JsonType.class);
        out.addAll(a);
        out.retainAll(b);
        if ((a.contains(NUMBER) && b.contains(INTEGER)) || (a.contains(INTEGER) && b.contains(NUMBER))) {
            out.add(INTEGER);
        }
        return out;
    }

    static EnumSet<JsonType> union(Set<JsonType> a, Set<JsonType> b) {
        EnumSet<JsonType> out = EnumSet.noneOf(JsonType.class);
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    /** The type of an org.json value. */
    static JsonType of(Object value) {
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger || value instanceof Short) {
            return INTEGER;
        }
        if (value instanceof Number) {
            return NUMBER;
        }
        if (value instanceof JSONArray) {
            return ARRAY;
        }
        if (value instanceof JSONObject) {
            return OBJECT;
        }
        return NULL;
    }
}
