package dev.confguard.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.confguard.resolve.ResolutionIssue.Kind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolatorTest {

    private static Interpolator.Result expand(Map<String, String> processEnv, String... keyValues) {
        Map<String, Interpolator.Input> inputs = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            inputs.put(keyValues[i], new Interpolator.Input(keyValues[i + 1], false));
        }
        return new Interpolator(processEnv).expand(inputs);
    }

    private static Interpolator.Result expand(String... keyValues) {
        return expand(Map.of(), keyValues);
    }

    @Test
    void bracedAndBareReferences() {
        Interpolator.Result r = expand("HOST", "db", "PORT", "5432", "URL", "pg://${HOST}:$PORT/x", "B", "$HOST-$PORT.");
        assertThat(r.values()).containsEntry("URL", "pg://db:5432/x").containsEntry("B", "db-5432.");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void bareNamesStopAtTheFirstNonNameCharacter() {
        Interpolator.Result r = expand("A_1", "x", "B", "$A_1.$A_1b${A_1}b");
        assertThat(r.values().get("B")).isEqualTo("x.xb");
        assertThat(r.problems()).extracting(InterpolationProblem::kind, InterpolationProblem::keys)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.UNDEFINED_VARIABLE, List.of("A_1b")));
    }

    @Test
    void referencesSeeFinalExpandedValuesWhateverTheOrder() {
        Interpolator.Result r = expand("A", "${B}/a", "B", "${C}/b", "C", "c");
        assertThat(r.values()).containsExactly(Map.entry("A", "c/b/a"), Map.entry("B", "c/b"), Map.entry("C", "c"));
    }

    @Test
    void colonDashDefaultAppliesWhenUnsetOrEmpty() {
        Interpolator.Result r = expand("EMPTY", "", "SET", "v",
                "U", "${NOPE:-d}", "E", "${EMPTY:-d}", "S", "${SET:-d}");
        assertThat(r.values()).containsEntry("U", "d").containsEntry("E", "d").containsEntry("S", "v");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void dashDefaultAppliesOnlyWhenUnset() {
        Interpolator.Result r = expand("EMPTY", "", "SET", "v",
                "U", "${NOPE-d}", "E", "${EMPTY-d}", "S", "${SET-d}");
        assertThat(r.values()).containsEntry("U", "d").containsEntry("E", "").containsEntry("S", "v");
    }

    @Test
    void defaultsMayHoldReferencesAndNest() {
        Interpolator.Result r = expand("Y", "y", "A", "${X:-${Y}}", "B", "${X:-${Z:-$Y!}}", "C", "${X:-}", "D",
                "${X-a${Y}b}c}");
        assertThat(r.values()).containsEntry("A", "y").containsEntry("B", "y!").containsEntry("C", "")
                .containsEntry("D", "ayb" + "c}");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void referencesInAnUnusedDefaultAreNotEvaluated() {
        Interpolator.Result r = expand("SET", "v", "A", "${SET:-${MISSING}}");
        assertThat(r.values().get("A")).isEqualTo("v");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void escapesGiveALiteralDollar() {
        Interpolator.Result r = expand("X", "x", "A", "\\$X", "B", "$$X", "C", "pa$$word", "D", "\\${X}", "E", "a\\b\\$");
        assertThat(r.values()).containsEntry("A", "$X").containsEntry("B", "$X").containsEntry("C", "pa$word")
                .containsEntry("D", "${X}").containsEntry("E", "a\\b$");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aDollarThatStartsNoReferenceIsLiteral() {
        Interpolator.Result r = expand("A", "$", "B", "cost $5", "C", "a$-b", "D", "x$ y", "E", "$.{}");
        assertThat(r.values()).containsEntry("A", "$").containsEntry("B", "cost $5").containsEntry("C", "a$-b")
                .containsEntry("D", "x$ y").containsEntry("E", "$.{}");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void bracedNamesMayHoldDotsForPathStyleKeys() {
        Interpolator.Result r = expand("database.host", "db", "URL", "pg://${database.host}/$database.host");
        assertThat(r.values().get("URL")).isEqualTo("pg://db/" + ".host");
        assertThat(r.problems()).extracting(InterpolationProblem::keys).containsExactly(List.of("database"));
    }

    @Test
    void malformedReferencesAreKeptAsWrittenAndReported() {
        Interpolator.Result r = expand("X", "x", "A", "${1X}", "B", "${X:?required}", "C", "${}", "D", "a${X:-b${X}",
                "E", "${X} and ${");
        assertThat(r.values()).containsEntry("A", "${1X}").containsEntry("B", "${X:?required}")
                .containsEntry("C", "${}").containsEntry("D", "a${X:-b${X}").containsEntry("E", "x and ${");
        assertThat(r.problems()).extracting(InterpolationProblem::kind, InterpolationProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.INVALID_REFERENCE, "A"),
                org.assertj.core.groups.Tuple.tuple(Kind.INVALID_REFERENCE, "B"),
                org.assertj.core.groups.Tuple.tuple(Kind.INVALID_REFERENCE, "C"),
                org.assertj.core.groups.Tuple.tuple(Kind.INVALID_REFERENCE, "D"),
                org.assertj.core.groups.Tuple.tuple(Kind.INVALID_REFERENCE, "E"));
    }

    @Test
    void undefinedReferencesExpandToEmptyAndAreReported() {
        Interpolator.Result r = expand("A", "x${NOPE}y", "B", "${NOPE}$NOPE");
        assertThat(r.values()).containsEntry("A", "xy").containsEntry("B", "");
        assertThat(r.problems()).containsExactly(
                new InterpolationProblem(Kind.UNDEFINED_VARIABLE, "A", List.of("NOPE")),
                new InterpolationProblem(Kind.UNDEFINED_VARIABLE, "B", List.of("NOPE")),
                new InterpolationProblem(Kind.UNDEFINED_VARIABLE, "B", List.of("NOPE")));
    }

    @Test
    void literalValuesAreNotExpandedButCanBeReferredTo() {
        Map<String, Interpolator.Input> inputs = new LinkedHashMap<>();
        inputs.put("LIT", new Interpolator.Input("${NOPE}$$", true));
        inputs.put("A", new Interpolator.Input("<${LIT}>", false));
        Interpolator.Result r = new Interpolator(Map.of()).expand(inputs);
        assertThat(r.values()).containsEntry("LIT", "${NOPE}$$").containsEntry("A", "<${NOPE}$$>");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void processEnvironmentIsConsultedAfterTheConfiguration() {
        Map<String, String> env = Map.of("HOME", "/home/me", "HOST", "from-env");
        Interpolator.Result r = expand(env, "HOST", "db", "A", "$HOME:$HOST");
        assertThat(r.values().get("A")).isEqualTo("/home/me:db");
        assertThat(expand("A", "$HOME").values().get("A")).isEmpty();
    }

    @Test
    void twoCycleIsReportedOnceWithItsChain() {
        Interpolator.Result r = expand("A", "a${B}", "B", "b${A}${A}");
        assertThat(r.problems()).containsExactly(
                new InterpolationProblem(Kind.INTERPOLATION_CYCLE, "A", List.of("A", "B", "A")));
        assertThat(r.values()).containsEntry("A", "ab").containsEntry("B", "b");
    }

    @Test
    void selfReferenceMeansTheValueFromOutsideAsInShells() {
        Interpolator.Result r = expand("A", "x${A}y", "B", "${B:-fallback}");
        assertThat(r.problems()).containsExactly(
                new InterpolationProblem(Kind.UNDEFINED_VARIABLE, "A", List.of("A")));
        assertThat(r.values()).containsEntry("A", "xy").containsEntry("B", "fallback");
        Interpolator.Result withEnv = expand(Map.of("PATH", "/bin", "B", "outside"),
                "PATH", "$PATH:/opt/bin", "B", "${B:-fallback}");
        assertThat(withEnv.problems()).isEmpty();
        assertThat(withEnv.values()).containsEntry("PATH", "/bin:/opt/bin").containsEntry("B", "outside");
    }

    @Test
    void threeCycleReachedFromOutsideNamesOnlyTheCycle() {
        Interpolator.Result r = expand("OUT", "${A}", "A", "${B}", "B", "${C}", "C", "${A}", "D", "$C");
        assertThat(r.problems()).containsExactly(
                new InterpolationProblem(Kind.INTERPOLATION_CYCLE, "A", List.of("A", "B", "C", "A")));
        assertThat(r.values()).containsEntry("OUT", "").containsEntry("D", "");
    }

    @Test
    void manyBackReferencesIntoADeepChainStayLinear() {
        int n = 50_000;
        String[] kv = new String[2 * n];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < n - 1; i++) {
            all.append("$K").append(i);
        }
        for (int i = 0; i < n; i++) {
            kv[2 * i] = "K" + i;
            kv[2 * i + 1] = i == n - 1 ? all.toString() : "$K" + (i + 1);
        }
        Interpolator.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> expand(kv));
        assertThat(r.problems()).hasSize(Interpolator.MAX_CYCLES_LISTED + 1)
                .allMatch(p -> p.kind() == Kind.INTERPOLATION_CYCLE);
        assertThat(r.problems().get(0).keys()).hasSize(n + 1).startsWith("K0", "K1").endsWith("K" + (n - 1), "K0");
        assertThat(r.problems().get(Interpolator.MAX_CYCLES_LISTED).keys()).as("the summary has no chain").isEmpty();
        assertThat(r.values().get("K0")).isEmpty();
    }

    @Test
    void doublingReferencesAreCappedNotExponential() {
        int levels = 64;
        String[] kv = new String[levels * 2 + 2];
        for (int i = 0; i < levels; i++) {
            kv[2 * i] = "K" + i;
            kv[2 * i + 1] = "${K" + (i + 1) + "}${K" + (i + 1) + "}";
        }
        kv[2 * levels] = "K" + levels;
        kv[2 * levels + 1] = "0123456789abcdef";
        Interpolator.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> expand(kv));
        // K48 is 16 * 2^16 chars, exactly 1 MiB; K47 is the first over the cap, and every key above it
        // is built from its "" again.
        assertThat(r.values().get("K48")).hasSize(1 << 20);
        assertThat(r.values().get("K47")).isEmpty();
        assertThat(r.values().get("K0")).isEmpty();
        assertThat(r.problems()).containsExactly(new InterpolationProblem(Kind.VALUE_TOO_LARGE, "K47", List.of()));
    }

    @Test
    void totalExpansionIsCappedToo() {
        Map<String, Interpolator.Input> inputs = new LinkedHashMap<>();
        inputs.put("BIG", new Interpolator.Input("x".repeat(1000), false));
        for (int i = 0; i < 20; i++) {
            inputs.put("C" + i, new Interpolator.Input("${BIG}!", false));
        }
        Interpolator.Result r = new Interpolator(Map.of(), 1 << 20, 10_000).expand(inputs);
        assertThat(r.values().get("C0")).hasSize(1001);
        assertThat(r.values().get("C19")).isEmpty();
        assertThat(r.problems()).extracting(InterpolationProblem::kind).containsOnly(Kind.VALUE_TOO_LARGE);
    }

    @Test
    void longChainsAndDeepDefaultsNeedNoRecursion() {
        int n = 200_000;
        String[] kv = new String[2 * n];
        for (int i = 0; i < n; i++) {
            kv[2 * i] = "K" + i;
            kv[2 * i + 1] = i == n - 1 ? "end" : "$K" + (i + 1);
        }
        Interpolator.Result chain = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> expand(kv));
        assertThat(chain.values().get("K0")).isEqualTo("end");
        String deep = "${X:-".repeat(n) + "bottom" + "}".repeat(n);
        Interpolator.Result nested = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> expand("A", deep));
        assertThat(nested.values().get("A")).isEqualTo("bottom");
        assertThat(nested.problems()).isEmpty();
    }

    @Test
    void valuesWithoutADollarAreReturnedAsTheyAre() {
        String raw = "C:\\path\\to\\thing \\n 'q' \"d\" {braces}";
        Interpolator.Result r = expand("A", raw);
        assertThat(r.values().get("A")).isSameAs(raw);
    }
}
