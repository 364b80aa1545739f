package dev.confguard.secrets;

import java.util.List;

/**
 * Finds the first credential of a list of shapes in a value, in linear time, with the semantics of
 * one RE2 alternation of every shape: the leftmost match wins, and at one position the first shape
 * listed (list {@code sk-ant-} before {@code sk-}). One pass over the value's characters first looks
 * for the literals each shape requires ({@link ShapeCandidates}); most values hold none and are not
 * handed to RE2 at all, and the others are searched only for the shapes whose literals they hold, each
 * with its own small pattern ({@link ShapeSearch}).
 */
public final class SecretShapes {
    private final List<SecretShape> shapes;
    private final ShapeCandidates candidates;
    private final ShapeSearch.Compiled[] compiled;

    /** A match: the shape and its span in the value. */
    public record Match(SecretShape shape, int start, int end) {
    }

    public SecretShapes(List<SecretShape> shapes) {
        this.shapes = List.copyOf(shapes);
        this.candidates = new ShapeCandidates(this.shapes);
        this.compiled = new ShapeSearch.Compiled[this.shapes.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = new ShapeSearch.Compiled(this.shapes.get(i));
        }
    }

    public List<SecretShape> shapes() {
        return shapes;
    }

    /**
     * The first credential in the value (of any shape, or only of shapes marked everywhere), or null.
     * With {@code everywhereOnly}, a match of another shape is stepped over as a whole, as when the
     * alternation is searched again after its end.
     */
    public Match find(String value, boolean everywhereOnly) {
        int[] which = candidates.of(value);
        if (which.length == 0) {
            return null;
        }
        ShapeSearch search = new ShapeSearch(compiled, which, value);
        int from = 0;
        while (from <= value.length()) {
            int k = search.leftmost(from);
            if (k < 0) {
                return null;
            }
            SecretShape shape = shapes.get(which[k]);
            if (!everywhereOnly || shape.everywhere()) {
                return new Match(shape, search.start(k), search.end(k));
            }
            from = search.end(k) > search.start(k) ? search.end(k) : search.end(k) + 1;
        }
        return null;
    }
}
