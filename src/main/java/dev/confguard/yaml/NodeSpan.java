package dev.confguard.yaml;

import dev.confguard.source.TextRange;

/**
 * Where one node of a config tree sits, by JSON pointer ({@code /environments/0/name}): its key's
 * range (null for list items and the root) and its value's range. Lets schema errors, which speak
 * in pointers, be reported at the right line.
 */
public record NodeSpan(String pointer, TextRange keyRange, TextRange valueRange) {

    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }
}
