package dev.confguard.dotenv;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A document's statements, held in arrays rather than as objects (issue 8): a million-line file kept
 * two objects per entry, ~96 bytes, where these arrays take ~25. Each {@link DotenvLine} is made when
 * asked for, from its statement's start and its other offsets, stored relative to that start in a
 * {@code char} each (the rare one that does not fit is kept aside). In a document of at most
 * {@value #KEPT_UP_TO} statements, a statement's object is kept once made, since every rule asks for
 * every line (~1 GB of objects made again and again on a 2,000-service check); a larger one makes them
 * each time, and a statement asked for twice is then two equal objects, as its ranges always were.
 */
final class Statements extends AbstractList<DotenvLine> implements RandomAccess {
    private static final int BLANK = 0;
    private static final int COMMENT = 1;
    private static final int ENTRY = 2;
    private static final int INVALID = 3;
    /** In a statement's kind byte, above the kind: the export keyword, the quote, a terminated value. */
    private static final int EXPORT = 1 << 2;
    private static final int QUOTE_SHIFT = 3;
    private static final int TERMINATED = 1 << 5;
    /** The line break's length (0, 1 or 2), from the statement's line end to its end. */
    private static final int BREAK_SHIFT = 6;
    private static final QuoteStyle[] QUOTES = QuoteStyle.values();

    /** Offsets a statement keeps besides its start, in this order; unused ones are absent. */
    private static final int EOL = 0;
    private static final int INDENT_END = 1;
    private static final int KEY_START = 2;
    private static final int KEY_END = 3;
    private static final int EQUALS = 4;
    private static final int RAW_START = 5;
    private static final int RAW_END = 6;
    private static final int COMMENT_START = 7;
    private static final int TRAILING_START = 8;
    private static final int TRAILING_END = 9;
    private static final int WIDTH = 10;
    /** A field holds the offset minus the start plus one; 0 is "absent" (-1), this is "kept aside". */
    private static final char WIDE = Character.MAX_VALUE;

    /** The largest document whose statement objects are kept once made. */
    static final int KEPT_UP_TO = 1 << 16;

    private final int[] starts;
    private final byte[] kinds;
    private final char[] fields;
    /** Offsets too far from their statement's start for a char, by statement index * WIDTH + field. */
    private Map<Long, Integer> wide;
    /** Why each invalid statement is invalid, by its index; few distinct reasons. */
    private Map<Integer, String> reasons;
    private int size;
    private int[] entryIndexes;
    /**
     * The objects made so far, by statement index, in a document of at most {@link #KEPT_UP_TO}
     * statements (null otherwise). Threads may race to fill a slot: each makes an equal immutable object.
     */
    private DotenvLine[] made;

    /** Room for at most {@code capacity} statements (a file has no more statements than lines). */
    Statements(int capacity) {
        starts = new int[capacity];
        kinds = new byte[capacity];
        fields = new char[capacity * WIDTH];
    }

    void addBlank(int start, int eol, int end) {
        add(BLANK, start, eol, end);
    }

    void addComment(int start, int hash, int eol, int end) {
        int i = add(COMMENT, start, eol, end);
        set(i, INDENT_END, hash);
    }

    void addInvalid(int start, int contentStart, int eol, int end, String reason) {
        int i = add(INVALID, start, eol, end);
        set(i, INDENT_END, contentStart);
        if (reasons == null) {
            reasons = new HashMap<>();
        }
        reasons.put(i, reason);
    }

    void addEntry(int start, int indentEnd, boolean export, int keyStart, int keyEnd, int equals, int rawStart,
                  int rawEnd, QuoteStyle quote, boolean terminated, int commentStart, int trailingStart,
                  int trailingEnd, int eol, int end) {
        int i = add(ENTRY, start, eol, end);
        kinds[i] |= (byte) ((export ? EXPORT : 0) | quote.ordinal() << QUOTE_SHIFT | (terminated ? TERMINATED : 0));
        set(i, INDENT_END, indentEnd);
        set(i, KEY_START, keyStart);
        set(i, KEY_END, keyEnd);
        set(i, EQUALS, equals);
        set(i, RAW_START, rawStart);
        set(i, RAW_END, rawEnd);
        set(i, COMMENT_START, commentStart);
        set(i, TRAILING_START, trailingStart);
        set(i, TRAILING_END, trailingEnd);
    }

    private int add(int kind, int start, int eol, int end) {
        int i = size++;
        starts[i] = start;
        kinds[i] = (byte) (kind | (end - eol) << BREAK_SHIFT);
        set(i, EOL, eol);
        return i;
    }

    private void set(int i, int field, int offset) {
        if (offset < 0) {
            return; // absent: the char stays 0
        }
        long relative = (long) offset - starts[i] + 1;
        if (relative < WIDE) {
            fields[i * WIDTH + field] = (char) relative;
            return;
        }
        fields[i * WIDTH + field] = WIDE;
        if (wide == null) {
            wide = new HashMap<>();
        }
        wide.put((long) i * WIDTH + field, offset);
    }

    private int get(int i, int field) {
        char c = fields[i * WIDTH + field];
        if (c == WIDE) {
            return wide.get((long) i * WIDTH + field);
        }
        return c == 0 ? -1 : starts[i] + c - 1;
    }

    /** Done adding: the entries' indexes are counted once. */
    Statements done() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if ((kinds[i] & 3) == ENTRY) {
                n++;
            }
        }
        entryIndexes = new int[n];
        made = size <= KEPT_UP_TO ? new DotenvLine[size] : null;
        n = 0;
        for (int i = 0; i < size; i++) {
            if ((kinds[i] & 3) == ENTRY) {
                entryIndexes[n++] = i;
            }
        }
        return this;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public DotenvLine get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("statement " + i + " of " + size);
        }
        if (made == null) {
            return make(i);
        }
        DotenvLine line = made[i];
        if (line == null) {
            line = make(i);
            made[i] = line;
        }
        return line;
    }

    private DotenvLine make(int i) {
        int start = starts[i];
        int eol = get(i, EOL);
        int end = eol + (kinds[i] >>> BREAK_SHIFT & 3);
        switch (kinds[i] & 3) {
            case BLANK:
                return new DotenvLine.Blank(start, eol, end);
            case COMMENT:
                return new DotenvLine.Comment(start, get(i, INDENT_END), eol, end);
            case INVALID:
                return new DotenvLine.Invalid(start, get(i, INDENT_END), eol, end, reasons.get(i));
            default:
                return entry(i, start, eol, end);
        }
    }

    private DotenvLine.Entry entry(int i, int start, int eol, int end) {
        int kind = kinds[i];
        return new DotenvLine.Entry(start, get(i, INDENT_END), (kind & EXPORT) != 0, get(i, KEY_START),
                get(i, KEY_END), get(i, EQUALS), get(i, RAW_START), get(i, RAW_END),
                QUOTES[kind >>> QUOTE_SHIFT & 3], (kind & TERMINATED) != 0, get(i, COMMENT_START),
                get(i, TRAILING_START), get(i, TRAILING_END), eol, end);
    }

    /** The entries, in order: each made when asked for, as the statements are. */
    List<DotenvLine.Entry> entries() {
        return new EntryList();
    }

    private final class EntryList extends AbstractList<DotenvLine.Entry> implements RandomAccess {
        @Override
        public DotenvLine.Entry get(int index) {
            int i = entryIndexes[index];
            if (made != null) {
                return (DotenvLine.Entry) Statements.this.get(i);
            }
            int eol = Statements.this.get(i, EOL);
            return entry(i, starts[i], eol, eol + (kinds[i] >>> BREAK_SHIFT & 3));
        }

        @Override
        public int size() {
            return entryIndexes.length;
        }
    }
}
