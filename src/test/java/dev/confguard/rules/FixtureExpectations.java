package dev.confguard.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code # expect:} markers of a fixture into "line rule" strings. */
final class FixtureExpectations {
    private static final Pattern MARKER = Pattern.compile("^\\s*# expect(?:@(\\d+))?:\\s*(.+?)\\s*$");

    private FixtureExpectations() {
    }

    static List<String> parse(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<String> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.matches()) {
                for (String rule : m.group(2).split("\\s*,\\s*")) {
                    if (m.group(1) != null) {
                        out.add(Integer.parseInt(m.group(1)) + " " + rule);
                    } else {
                        pending.add(rule);
                    }
                }
                continue;
            }
            for (String rule : pending) {
                out.add((i + 1) + " " + rule);
            }
            pending.clear();
        }
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException("a marker at the end of the fixture has no line below it");
        }
        return out;
    }
}
