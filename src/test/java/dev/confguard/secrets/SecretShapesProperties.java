package dev.confguard.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.rules.pack.PlaintextDetectorTest;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link SecretShapes} (each candidate shape searched on its own, leftmost match first) finds what the
 * plain search it replaced finds ({@link AlternationShapes}: one RE2 alternation of every shape), for
 * both modes, on values assembled from the pieces credentials are made of, with the built-in shapes and
 * lists of shapes in other orders, with other {@code everywhere} marks, and with shapes that have no
 * required literal or match the empty string. Values are synthetic; a failure shows lengths and offsets.
 */
class SecretShapesProperties {
    private static final List<SecretShape> BUILTIN = PlaintextDetectorTest.builtin().shapes().shapes();
    private static final List<String> EXTRA_PATTERNS = List.of(
            "[0-9a-f]{32}",                 // no literal: a candidate for every value
            "(?i)sk-[a-z]{4,}",             // ignores case: no literal
            "sk-[a-z]+",                    // overlaps openai-key and anthropic-key
            "x*",                           // matches the empty string everywhere
            "ab+c|\\bkey=[A-Z]{4}",
            "é[a-z]+",                      // a literal outside ASCII
            "(?s)-----BEGIN.*?-----",
            "\\.eyJ[a-z]*|h");              // a one-character literal
    private static final List<String> PIECES = List.of(
            "sk-", "sk-ant-api", "sk-proj-", "ghp_", "github_pat_", "AKIA", "ASIA", "AIza", "eyJ", ".eyJ", "xoxb-",
            "xapp-1-", "hooks.slack.com/services/", "sk_live_", "rk_test_", "-----BEGIN RSA PRIVATE KEY-----",
            "-----END RSA PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----", "\"private_key\": \"",
            "{\"type\": \"service_account\", ", "}", "{", "\\\"", "key=", "ABCD", "abbbc", "é", "x", "xxx", " ", "\n",
            "-", "_", ".", "/", "=", "0123456789abcdef0123456789abcdef", "https://h.example.com/");

    @Property(tries = 3000)
    void findsWhatTheAlternationFindsWithTheBuiltinShapes(@ForAll("values") String value) {
        assertSame(BUILTIN, value);
    }

    @Property(tries = 1500)
    void findsWhatTheAlternationFindsWithOtherListsOfShapes(@ForAll("shapeLists") List<SecretShape> shapes,
                                                            @ForAll("values") String value) {
        assertSame(shapes, value);
    }

    @Test
    void findsWhatTheAlternationFindsOnThePlaintextCorpora() {
        for (String corpus : List.of("secrets.env", "non-secrets.env")) {
            for (PlaintextCorpus.Entry e : PlaintextCorpus.read(corpus)) {
                assertSame(BUILTIN, e.value());
            }
        }
    }

    private static void assertSame(List<SecretShape> shapes, String value) {
        SecretShapes fast = new SecretShapes(shapes);
        AlternationShapes plain = new AlternationShapes(shapes);
        for (boolean everywhereOnly : new boolean[] {false, true}) {
            assertThat(describe(fast.find(value, everywhereOnly)))
                    .as("a value of %d characters, everywhereOnly=%s", value.length(), everywhereOnly)
                    .isEqualTo(describe(plain.find(value, everywhereOnly)));
        }
    }

    /** The shape and the offsets, never the text. */
    private static String describe(Object match) {
        if (match instanceof SecretShapes.Match m) {
            return m.shape().name() + " " + m.start() + ".." + m.end();
        }
        if (match instanceof AlternationShapes.Match m) {
            return m.shape().name() + " " + m.start() + ".." + m.end();
        }
        return "none";
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> runs = Arbitraries.strings().withChars("ABCDEFabcdefxyz0123456789-_").ofMaxLength(48);
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), runs);
        return piece.list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<SecretShape>> shapeLists() {
        List<SecretShape> pool = new ArrayList<>(BUILTIN);
        for (int i = 0; i < EXTRA_PATTERNS.size(); i++) {
            pool.add(new SecretShape("extra-" + (i + 1), null, EXTRA_PATTERNS.get(i), false));
        }
        Arbitrary<SecretShape> shape = Arbitraries.of(pool).flatMap(s -> Arbitraries.of(true, false)
                .map(everywhere -> new SecretShape(s.name(), s.label(), s.pattern(), everywhere)));
        return shape.list().ofMinSize(1).ofMaxSize(12).uniqueElements(SecretShape::name);
    }
}
