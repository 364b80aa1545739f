package dev.confguard.secrets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which shapes a value can match, by the literals each shape requires ({@link RequiredLiterals}): a
 * shape none of whose literals occurs in the value cannot match it. Shapes without such literals (or
 * with one shorter than two characters or starting outside ASCII) are candidates for every value. One
 * pass over the value's characters: a literal is compared only where the value holds its first two
 * characters, a pair that few positions hold.
 */
final class ShapeCandidates {
    private static final int[] NONE = new int[0];

    /** One required literal and the shape it belongs to. */
    private record Literal(String text, int shape) {
    }

    private final int shapeCount;
    /** Shapes that are candidates whatever the value. */
    private final boolean[] always;
    /** The literals by their first character; null where none starts with it. */
    private final Literal[][] byFirst = new Literal[128][];
    /** The pairs of characters literals start with: bit {@code 128 * first + second}. */
    private final long[] pairs = new long[128 * 128 / 64];
    private final boolean anyLiteral;

    ShapeCandidates(List<SecretShape> shapes) {
        this.shapeCount = shapes.size();
        this.always = new boolean[shapeCount];
        List<List<Literal>> lists = new ArrayList<>(128);
        for (int c = 0; c < 128; c++) {
            lists.add(null);
        }
        boolean any = false;
        for (int i = 0; i < shapeCount; i++) {
            List<String> literals = RequiredLiterals.of(shapes.get(i).pattern());
            if (literals == null || literals.stream().anyMatch(l -> l.length() < 2 || l.charAt(0) >= 128
                    || l.charAt(1) >= 128)) {
                always[i] = true;
                continue;
            }
            for (String literal : literals) {
                char first = literal.charAt(0);
                if (lists.get(first) == null) {
                    lists.set(first, new ArrayList<>());
                }
                lists.get(first).add(new Literal(literal, i));
                int pair = 128 * first + literal.charAt(1);
                pairs[pair >>> 6] |= 1L << pair;
                any = true;
            }
        }
        for (int c = 0; c < 128; c++) {
            if (lists.get(c) != null) {
                byFirst[c] = lists.get(c).toArray(new Literal[0]);
            }
        }
        this.anyLiteral = any;
    }

    private boolean startsLiteral(char first, char second) {
        int pair = 128 * first + second;
        return (pairs[pair >>> 6] & 1L << pair) != 0;
    }

    /** The indices of the shapes that may match the value, ascending (the order the shapes are listed). */
    int[] of(String value) {
        boolean[] found = always.clone();
        int count = 0;
        for (boolean b : found) {
            count += b ? 1 : 0;
        }
        if (anyLiteral) {
            char previous = value.isEmpty() ? 128 : value.charAt(0);
            for (int i = 1; i < value.length() && count < shapeCount; i++) {
                char c = value.charAt(i);
                if (previous < 128 && c < 128 && startsLiteral(previous, c)) {
                    for (Literal literal : byFirst[previous]) {
                        if (!found[literal.shape()] && value.startsWith(literal.text(), i - 1)) {
                            found[literal.shape()] = true;
                            count++;
                        }
                    }
                }
                previous = c;
            }
        }
        if (count == 0) {
            return NONE;
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < shapeCount; i++) {
            if (found[i]) {
                out[k++] = i;
            }
        }
        return count == shapeCount ? out : Arrays.copyOf(out, k);
    }
}
