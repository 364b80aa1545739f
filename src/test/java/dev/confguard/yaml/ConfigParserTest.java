package dev.confguard.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.source.Position;
import dev.confguard.source.SourceFile;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConfigParserTest {

    private static ConfigDocument yaml(String text) {
        return ConfigParser.parse(SourceFile.ofText("config/staging.yaml", text));
    }

    private static ConfigDocument json(String text) {
        return ConfigParser.parse(SourceFile.ofText("config/staging.json", text));
    }

    private static ConfigEntry entry(ConfigDocument doc, String path) {
        return doc.entries().stream().filter(e -> e.path().equals(path)).reduce((a, b) -> b).orElseThrow();
    }

    private static Position start(ConfigDocument doc, ConfigEntry e) {
        return doc.source().position(e.valueRange().start());
    }

    private static List<ConfigProblem.Kind> kinds(ConfigDocument doc) {
        return doc.problems().stream().map(ConfigProblem::kind).collect(Collectors.toList());
    }

    @Test
    void nestedKeysAreJoinedWithDotsAndKeepTheirPositions() {
        ConfigDocument doc = yaml("database:\n  host: db.internal\n  port: 5432\nhosts:\n  - a\n  - \"b\"\n");
        assertThat(doc.entries()).extracting(ConfigEntry::path)
                .containsExactly("database.host", "database.port", "hosts.0", "hosts.1");
        ConfigEntry host = entry(doc, "database.host");
        assertThat(host.value()).isEqualTo("db.internal");
        assertThat(start(doc, host)).isEqualTo(new Position(2, 9));
        assertThat(doc.source().position(host.keyRange().start())).isEqualTo(new Position(2, 3));
        assertThat(entry(doc, "database.port").kind()).isEqualTo(ValueKind.INTEGER);
        assertThat(entry(doc, "hosts.1").quoted()).isTrue();
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void implicitTypesThatChangeMeaningAreProblemsAndValuesStayAsWritten() {
        ConfigDocument doc = yaml("country: NO\nmode: 0777\nversion: 1.10\nflag: on\ntime: 12:30\n"
                + "ok1: true\nok2: 8080\nok3: 1.5\nok4: \"NO\"\nok5: 1.0\n");
        assertThat(entry(doc, "country").value()).isEqualTo("NO");
        assertThat(entry(doc, "country").kind()).isEqualTo(ValueKind.BOOLEAN);
        assertThat(doc.problems()).extracting(p -> doc.source().position(p.range().start()).line())
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(kinds(doc)).containsOnly(ConfigProblem.Kind.IMPLICIT_TYPE);
    }

    @Test
    void duplicateKeysPointAtBothOccurrences() {
        ConfigDocument doc = yaml("a: 1\nb: 2\na: 3\n");
        assertThat(kinds(doc)).containsExactly(ConfigProblem.Kind.DUPLICATE_KEY);
        ConfigProblem p = doc.problems().get(0);
        assertThat(doc.source().position(p.range().start())).isEqualTo(new Position(3, 1));
        assertThat(doc.source().position(p.related().start())).isEqualTo(new Position(1, 1));
        assertThat(entry(doc, "a").value()).isEqualTo("3");
    }

    @Test
    void mergeKeysApplyUnderExplicitKeys() {
        ConfigDocument doc = yaml("base: &b\n  x: 1\n  y: 2\nsvc:\n  <<: *b\n  y: 3\n");
        assertThat(doc.entries()).extracting(e -> e.path() + "=" + e.value())
                .containsExactly("base.x=1", "base.y=2", "svc.x=1", "svc.y=2", "svc.y=3");
    }

    @Test
    void syntaxErrorsAreProblemsAtTheirPosition() {
        ConfigDocument doc = yaml("a: 1\nb: [1, 2\nc: 3\n");
        assertThat(kinds(doc)).containsExactly(ConfigProblem.Kind.SYNTAX);
        assertThat(doc.fatalProblem()).isNull();
    }

    @Test
    void aliasBombsAreFatal() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (int i = 0; i < 10; i++) {
            String name = "l" + i;
            y.append(name).append(": &").append(name).append(" [");
            for (int j = 0; j < 10; j++) {
                y.append(j == 0 ? "" : ", ").append("*").append(prev);
            }
            y.append("]\n");
            prev = name;
        }
        ConfigDocument doc = yaml(y.toString());
        assertThat(doc.fatalProblem()).isNotNull();
        assertThat(doc.fatalProblem().kind()).isEqualTo(ConfigProblem.Kind.ALIAS_LIMIT);
    }

    @Test
    void nestingDeeperThan64IsFatalForYamlAndJson() {
        String deepYaml = "a: ".repeat(1) + "[".repeat(70) + "]".repeat(70) + "\n";
        assertThat(yaml(deepYaml).fatalProblem()).isNotNull();
        assertThat(yaml(deepYaml).fatalProblem().kind()).isEqualTo(ConfigProblem.Kind.TOO_DEEP);
        String deepJson = "{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}";
        assertThat(json(deepJson).fatalProblem().kind()).isEqualTo(ConfigProblem.Kind.TOO_DEEP);
        assertThat(yaml("a: " + "[".repeat(60) + "1" + "]".repeat(60) + "\n").fatalProblem()).isNull();
    }

    @Test
    void jsonHasExactRangesAndDuplicateDetection() {
        ConfigDocument doc = json("{\n  \"db\": {\"host\": \"h\", \"port\": 5432},\n  \"db\": {\"host\": \"x\"}\n}\n");
        ConfigEntry host = entry(doc, "db.host");
        assertThat(host.value()).isEqualTo("x");
        assertThat(start(doc, host)).isEqualTo(new Position(3, 18));
        assertThat(entry(doc, "db.port").kind()).isEqualTo(ValueKind.INTEGER);
        assertThat(kinds(doc)).containsExactly(ConfigProblem.Kind.DUPLICATE_KEY);
        assertThat(doc.source().position(doc.problems().get(0).range().start())).isEqualTo(new Position(3, 3));
    }

    @Test
    void positionsCountUtf16UnitsAfterSupplementaryCharacters() {
        ConfigDocument doc = yaml("emoji: \"\uD83D\uDE00\"\nnext: v\n");
        assertThat(start(doc, entry(doc, "next"))).isEqualTo(new Position(2, 7));
        ConfigDocument onOneLine = yaml("{a: \"\uD83D\uDE00\", b: v}\n");
        assertThat(start(onOneLine, entry(onOneLine, "b"))).isEqualTo(new Position(1, 14));
    }

    @Test
    void nullsAndEmptyDocuments() {
        assertThat(yaml("").entries()).isEmpty();
        ConfigDocument doc = yaml("a:\nb: ~\n");
        assertThat(entry(doc, "a").kind()).isEqualTo(ValueKind.NULL);
        assertThat(entry(doc, "a").value()).isNull();
    }

    @Test
    void treeIsTypedAndEveryNodeHasASpanByPointer() {
        ConfigDocument doc = yaml("environments:\n  - name: staging\n    deployed: yes\n    weight: 3\nroot: .\n");
        assertThat(doc.tree()).isEqualTo(java.util.Map.of("environments",
                List.of(java.util.Map.of("name", "staging", "deployed", true, "weight", 3L)), "root", "."));
        NodeSpan name = doc.spans().get("/environments/0/name");
        assertThat(doc.source().position(name.keyRange().start())).isEqualTo(new Position(2, 5));
        assertThat(doc.source().position(doc.nearestSpan("/environments/0/missing").valueRange().start()))
                .isEqualTo(new Position(2, 5));
        ConfigDocument j = json("{\"a\": {\"b/c\": [1, 2.5, null, true]}}");
        assertThat(j.tree()).isEqualTo(java.util.Map.of("a", java.util.Map.of("b/c",
                java.util.Arrays.asList(1L, 2.5, null, true))));
        assertThat(j.spans()).containsKey("/a/b~1c/3");
    }
}
