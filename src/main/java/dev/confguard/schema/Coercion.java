package dev.confguard.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Turns a configuration value, which is always a string, into the JSON value its schema asks for
 * before validation. A key whose schema does not constrain the type, or accepts only strings, keeps
 * the string. Otherwise the types it accepts are tried in this order, and the first that reads the
 * value wins (a string, when the schema also accepts one, comes last):
 *
 * <ul>
 *   <li>{@code integer}: optional sign and decimal digits ({@code 8080}, {@code -1});</li>
 *   <li>{@code number}: a decimal number with optional fraction and exponent ({@code 0.5}, {@code 1e3});</li>
 *   <li>{@code boolean}: {@code true/false}, {@code 1/0}, {@code yes/no}, {@code on/off}, in any case;</li>
 *   <li>{@code null}: the empty string;</li>
 *   <li>{@code array}: the value split at the schema's {@code x-separator} (default {@code ,}), each item
 *       trimmed and read as the item schema's type; the empty string is the empty list (not tried when
 *       a string is accepted too);</li>
 *   <li>{@code object}: the value read as JSON object text.</li>
 * </ul>
 *
 * A value no type reads is a coercion failure, reported instead of the schema errors of that key.
 */
final class Coercion {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final List<JsonType> ORDER = List.of(JsonType.INTEGER, JsonType.NUMBER, JsonType.BOOLEAN,
            JsonType.NULL, JsonType.ARRAY, JsonType.OBJECT);

    private Coercion() {
    }

    /**
     * The outcome: the JSON value, or what was expected. {@code item} is the 0-based list item that
     * failed, or -1 when the value itself did; {@code itemValue} is that item's text.
     */
    record Result(Object value, String expected, int item, String itemValue) {
        boolean failed() {
            return expected != null;
        }
    }

    static Result coerce(String value, KeyShape shape) {
        if (JsonType.isAny(shape.types()) || shape.types().equals(Set.of(JsonType.STRING))) {
            return new Result(value, null, -1, null);
        }
        for (JsonType type : ORDER) {
            if (!shape.types().contains(type)) {
                continue;
            }
            if (type == JsonType.ARRAY && shape.acceptsString()) {
                continue; // any text is a one-item list; as a string it already fits
            }
            if (type == JsonType.ARRAY) {
                Result list = list(value, shape);
                if (!list.failed() || shape.types().size() == 1) {
                    return list;
                }
                continue;
            }
            Object read = read(value, type);
            if (read != null) {
                return new Result(read, null, -1, null);
            }
        }
        if (shape.acceptsString()) {
            return new Result(value, null, -1, null);
        }
        return new Result(null, expected(shape), -1, null);
    }

    private static Result list(String value, KeyShape shape) {
        JSONArray array = new JSONArray();
        if (value.isEmpty()) {
            return new Result(array, null, -1, null);
        }
        KeyShape items = shape.items() == null ? KeyShape.UNCONSTRAINED : shape.items();
        String[] parts = value.split(Pattern.quote(shape.separator()), -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            Result item = items.types().equals(Set.of(JsonType.ARRAY))
                    ? new Result(null, expected(items), -1, null) : coerce(part, items);
            if (item.failed()) {
                return new Result(null, item.expected(), i, part);
            }
            array.put(item.value());
        }
        return new Result(array, null, -1, null);
    }

    /** The value read as one type, or null when it does not read as that type. */
    private static Object read(String value, JsonType type) {
        switch (type) {
            case INTEGER:
                if (value.length() > 400 || !INTEGER.matcher(value).matches()) {
                    return null;
                }
                BigInteger big = new BigInteger(value.startsWith("+") ? value.substring(1) : value);
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
            case NUMBER:
                if (!NUMBER.matcher(value).matches() || value.length() > 400) {
                    return null;
                }
                if (INTEGER.matcher(value).matches()) {
                    return read(value, JsonType.INTEGER);
                }
                return new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
            case BOOLEAN:
                return bool(value);
            case NULL:
                return value.isEmpty() ? JSONObject.NULL : null;
            case OBJECT:
                if (!value.trim().startsWith("{")) {
                    return null;
                }
                try {
                    JSONTokener tokener = new JSONTokener(value);
                    JSONObject object = new JSONObject(tokener);
                    return tokener.nextClean() == 0 ? object : null;
                } catch (JSONException | StackOverflowError e) {
                    return null;
                }
            default:
                return null;
        }
    }

    /** The accepted spellings of true and false, in any case, or null. */
    static Boolean bool(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
            case "yes":
            case "on":
                return Boolean.TRUE;
            case "false":
            case "0":
            case "no":
            case "off":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** "an integer", "a boolean (true/false, …)", "an integer or empty", for messages. */
    static String expected(KeyShape shape) {
        List<String> words = new ArrayList<>();
        Set<JsonType> types = shape.types();
        for (JsonType type : ORDER) {
            if (!types.contains(type) || (type == JsonType.INTEGER && types.contains(JsonType.NUMBER))) {
                continue;
            }
            switch (type) {
                case INTEGER:
                    words.add("an integer");
                    break;
                case NUMBER:
                    words.add("a number");
                    break;
                case BOOLEAN:
                    words.add("a boolean (true/false, yes/no, on/off, 1/0)");
                    break;
                case NULL:
                    words.add("empty");
                    break;
                case ARRAY:
                    words.add("a list separated by '" + shape.separator() + "'");
                    break;
                default:
                    words.add("a JSON object");
                    break;
            }
        }
        return String.join(" or ", words);
    }
}
