package dev.confguard.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Between the plain trees our parsers build ({@code Map}, {@code List}, {@code String}, {@code Boolean},
 * {@code Long}, {@code Double}, null) and the org.json values everit validates, and JSON pointers over
 * plain trees.
 */
public final class JsonValues {
    private JsonValues() {
    }

    /** The plain tree as org.json values. */
    public static Object toJson(Object node) {
        if (node == null) {
            return JSONObject.NULL;
        }
        if (node instanceof Map) {
            JSONObject object = new JSONObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
                object.put(String.valueOf(e.getKey()), toJson(e.getValue()));
            }
            return object;
        }
        if (node instanceof List) {
            JSONArray array = new JSONArray();
            for (Object item : (List<?>) node) {
                array.put(toJson(item));
            }
            return array;
        }
        if (node instanceof Long && (Long) node == ((Long) node).intValue()) {
            return ((Long) node).intValue(); // as org.json reads small numbers: everit wants Integer for lengths
        }
        return node;
    }

    /** An org.json value as a plain tree (JSONObject.NULL as null). */
    public static Object toPlain(Object json) {
        if (json == null || JSONObject.NULL.equals(json)) {
            return null;
        }
        if (json instanceof JSONObject) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : ((JSONObject) json).keySet()) {
                map.put(key, toPlain(((JSONObject) json).get(key)));
            }
            return map;
        }
        if (json instanceof JSONArray) {
            List<Object> list = new ArrayList<>();
            for (Object item : (JSONArray) json) {
                list.add(toPlain(item));
            }
            return list;
        }
        return json;
    }

    /** The decoded segments of a JSON pointer ({@code /a~1b/0} is {@code a/b}, {@code 0}). */
    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /** The node of a plain tree at a JSON pointer, or null. */
    public static Object at(Object tree, String pointer) {
        Object node = tree;
        for (String segment : segments(pointer)) {
            if (node instanceof Map) {
                node = ((Map<?, ?>) node).get(segment);
            } else if (node instanceof List && index(segment) >= 0) {
                List<?> list = (List<?>) node;
                int i = index(segment);
                node = i < list.size() ? list.get(i) : null;
            } else {
                return null;
            }
        }
        return node;
    }

    /** Whether the plain tree has a node at the pointer. */
    public static boolean has(Object tree, String pointer) {
        Object node = tree;
        for (String segment : segments(pointer)) {
            if (node instanceof Map && ((Map<?, ?>) node).containsKey(segment)) {
                node = ((Map<?, ?>) node).get(segment);
            } else if (node instanceof List && index(segment) >= 0 && index(segment) < ((List<?>) node).size()) {
                node = ((List<?>) node).get(index(segment));
            } else {
                return false;
            }
        }
        return true;
    }

    /** A pointer segment as a list index, or -1 when it is not one. */
    static int index(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return -1;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(segment);
    }
}
