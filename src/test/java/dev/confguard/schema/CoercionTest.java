package dev.confguard.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** Every documented spelling coerces, and everything else fails with what was expected. */
class CoercionTest {
    private static KeyShape shape(JsonType... types) {
        return new KeyShape(EnumSet.of(types[0], types), false, ",", null);
    }

    private static Object coerced(String value, KeyShape shape) {
        Coercion.Result r = Coercion.coerce(value, shape);
        assertThat(r.failed()).as("%s should coerce", value).isFalse();
        return r.value();
    }

    private static String failure(String value, KeyShape shape) {
        Coercion.Result r = Coercion.coerce(value, shape);
        assertThat(r.failed()).as("%s should not coerce", value).isTrue();
        return r.expected();
    }

    @Test
    void integers() {
        KeyShape integer = shape(JsonType.INTEGER);
        assertThat(coerced("8080", integer)).isEqualTo(8080L);
        assertThat(coerced("-1", integer)).isEqualTo(-1L);
        assertThat(coerced("+5", integer)).isEqualTo(5L);
        assertThat(coerced("123456789012345678901234567890", integer))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        for (String bad : List.of("80a80", "8080.0", " 80", "80 ", "", "0x1F", "1e3", "١٢")) {
            assertThat(failure(bad, integer)).isEqualTo("an integer");
        }
    }

    @Test
    void numbers() {
        KeyShape number = shape(JsonType.NUMBER);
        assertThat(coerced("0.5", number)).isEqualTo(new BigDecimal("0.5"));
        assertThat(coerced("1e3", number)).isEqualTo(new BigDecimal("1e3"));
        assertThat(coerced(".5", number)).isEqualTo(new BigDecimal(".5"));
        assertThat(coerced("3", number)).isEqualTo(3L);
        for (String bad : List.of("0,5", "NaN", "Infinity", "1.2.3", "", "five")) {
            assertThat(failure(bad, number)).isEqualTo("a number");
        }
    }

    @Test
    void booleansInEveryDocumentedSpellingAndCase() {
        KeyShape bool = shape(JsonType.BOOLEAN);
        for (String yes : List.of("true", "TRUE", "True", "1", "yes", "Yes", "YES", "on", "On", "ON")) {
            assertThat(coerced(yes, bool)).as(yes).isEqualTo(Boolean.TRUE);
        }
        for (String no : List.of("false", "FALSE", "0", "no", "No", "off", "OFF")) {
            assertThat(coerced(no, bool)).as(no).isEqualTo(Boolean.FALSE);
        }
        for (String bad : List.of("treu", "y", "n", "enabled", "2", "", " true")) {
            assertThat(failure(bad, bool)).startsWith("a boolean (true/false, yes/no, on/off, 1/0)");
        }
    }

    @Test
    void listsSplitAtTheSeparatorAndTrimTheirItems() {
        KeyShape ports = new KeyShape(EnumSet.of(JsonType.ARRAY), false, ";", shape(JsonType.INTEGER));
        assertThat(coerced("8080; 8081 ;8082", ports).toString()).isEqualTo(new JSONArray(List.of(8080L, 8081L, 8082L)).toString());
        assertThat(((JSONArray) coerced("", ports)).length()).isZero();
        Coercion.Result bad = Coercion.coerce("8080;80x0", ports);
        assertThat(bad.failed()).isTrue();
        assertThat(bad.item()).isEqualTo(1);
        assertThat(bad.itemValue()).isEqualTo("80x0");
        assertThat(bad.expected()).isEqualTo("an integer");
        KeyShape words = new KeyShape(EnumSet.of(JsonType.ARRAY), false, ",", null);
        assertThat(coerced("a, b,c", words).toString()).isEqualTo("[\"a\",\"b\",\"c\"]");
    }

    @Test
    void objectsAreJsonText() {
        KeyShape object = shape(JsonType.OBJECT);
        assertThat(((JSONObject) coerced("{\"cpu\": 2}", object)).getInt("cpu")).isEqualTo(2);
        for (String bad : List.of("cpu=2", "{\"cpu\": 2} trailing", "{", "[1]")) {
            assertThat(failure(bad, object)).isEqualTo("a JSON object");
        }
    }

    @Test
    void theEmptyStringIsNullWhenNullIsAllowed() {
        KeyShape retries = shape(JsonType.INTEGER, JsonType.NULL);
        assertThat(coerced("", retries)).isEqualTo(JSONObject.NULL);
        assertThat(coerced("3", retries)).isEqualTo(3L);
        assertThat(failure("none", retries)).isEqualTo("an integer or empty");
    }

    @Test
    void stringsAreKeptWhenTheSchemaAcceptsOneAndNothingElseFits() {
        assertThat(coerced("0042", shape(JsonType.STRING))).isEqualTo("0042");
        assertThat(coerced("0042", KeyShape.UNCONSTRAINED)).isEqualTo("0042");
        KeyShape either = shape(JsonType.INTEGER, JsonType.STRING);
        assertThat(coerced("5", either)).isEqualTo(5L);
        assertThat(coerced("auto", either)).isEqualTo("auto");
        KeyShape textOrList = shape(JsonType.STRING, JsonType.ARRAY);
        assertThat(coerced("a,b", textOrList)).isEqualTo("a,b");
    }

    @Test
    void severalTypesAreTriedInTheDocumentedOrder() {
        KeyShape intOrBool = shape(JsonType.INTEGER, JsonType.BOOLEAN);
        assertThat(coerced("1", intOrBool)).isEqualTo(1L);
        assertThat(coerced("yes", intOrBool)).isEqualTo(Boolean.TRUE);
        assertThat(failure("30s", intOrBool)).isEqualTo("an integer or a boolean (true/false, yes/no, on/off, 1/0)");
    }
}
