package dev.confguard.engine;

import dev.confguard.findings.Finding;
import dev.confguard.findings.Severity;
import dev.confguard.source.LineIndex;
import dev.confguard.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * The findings of one linted file, stored compactly: a million-line file has about a million
 * findings, and as {@link Finding} records with their message and key strings they were most of
 * lint's memory. Here a finding is a row of ints (position, rule, severity) and its message and key
 * are packed into shared byte pages (Latin-1 text, which nearly every message is; anything else is
 * kept as a String). {@link #sort()} orders the rows as {@link Finding#ORDER} orders the findings,
 * ties in the order they were added, which is what the stable sorts it replaces did.
 * {@link #view} hands them out as a {@code List<Finding>}, making each Finding on access.
 *
 * <p>A row holds what {@code RuleContext} reports for lint: no service, environment, fix, related
 * locations or details. A finding with any of those is kept whole, aside.
 *
 * <p>A table made for a source file (lint's) keeps less still (issue 8): a key found near the start of
 * its finding's line is kept as its place in the file's text, and a message as its {@link MessageForms
 * form} around the key. Both give back the very same strings.
 */
final class FindingTable {
    private static final Severity[] SEVERITIES = Severity.values();

    private final String file;
    private final List<String> ruleIds = new ArrayList<>();
    private final Text text = new Text();
    /** The file's text and lines, where keys are looked up; null for a table made from a file name alone. */
    private final String source;
    private final LineIndex lines;
    /** Message forms; null for a table made from a file name alone. */
    private final MessageForms forms;
    /**
     * The rows, {@value #FIELDS} ints each, in blocks of {@value #BLOCK} rows (never copied to grow): line,
     * column, end line, end column, rule index (low 16 bits) with severity ordinal (2 bits) and flags above,
     * message, key.
     */
    private static final int FIELDS = 7;
    /** Small enough that a file with a few findings (a folder holds thousands) keeps a few KB, not more. */
    private static final int BLOCK = 1 << 8;
    private static final int LINE = 0;
    private static final int COLUMN = 1;
    private static final int END_LINE = 2;
    private static final int END_COLUMN = 3;
    private static final int RULE_AND_SEVERITY = 4;
    private static final int MESSAGE = 5;
    private static final int KEY = 6;
    /** In the rule field: the severity's ordinal, and whether the message is a form and the key a place. */
    private static final int SEVERITY_SHIFT = 16;
    private static final int MESSAGE_IS_FORM = 1 << 18;
    private static final int KEY_IN_SOURCE = 1 << 19;
    /** In the rule field: a key kept as a place in the text has its length here. */
    private static final int KEY_LENGTH_SHIFT = 20;
    private static final int LONGEST_KEY_IN_SOURCE = (1 << (32 - KEY_LENGTH_SHIFT)) - 1;
    /** How far into its finding's line a key is looked for. */
    private static final int KEY_SEARCH = 256;

    private final List<int[]> blocks = new ArrayList<>();
    private int size;
    /** Rows that do not fit the columns, whole (never for lint's rules); null when none. */
    private Map<Integer, Finding> whole;
    /** Rows in report order, once sorted. */
    private int[] order;

    FindingTable(String file) {
        this.file = file;
        this.source = null;
        this.lines = null;
        this.forms = null;
    }

    /** A table for lint's findings in {@code source}: keys and messages kept by reference where they can be. */
    FindingTable(SourceFile source) {
        this.file = source.displayPath();
        this.source = source.text();
        this.lines = source.lineIndex();
        this.forms = new MessageForms();
    }

    int size() {
        return size;
    }

    String file() {
        return file;
    }

    void add(Finding f) {
        if (order != null) {
            throw new IllegalStateException("the table is sorted already");
        }
        if (size % BLOCK == 0) {
            blocks.add(new int[BLOCK * FIELDS]);
        }
        int rule = ruleIds.indexOf(f.ruleId());
        if (rule < 0) {
            rule = ruleIds.size();
            ruleIds.add(f.ruleId());
        }
        int[] block = blocks.get(blocks.size() - 1);
        int at = size % BLOCK * FIELDS;
        block[at + LINE] = f.line();
        block[at + COLUMN] = f.column();
        block[at + END_LINE] = f.endLine();
        block[at + END_COLUMN] = f.endColumn();
        int flags = rule | f.severity().ordinal() << SEVERITY_SHIFT;
        int form = forms == null ? -1 : forms.encode(rule, f.message(), f.key());
        if (form >= 0) {
            flags |= MESSAGE_IS_FORM;
            block[at + MESSAGE] = form;
        } else {
            block[at + MESSAGE] = text.add(f.message());
        }
        int place = keyPlace(f.key(), f.line());
        if (place >= 0) {
            flags |= KEY_IN_SOURCE | f.key().length() << KEY_LENGTH_SHIFT;
            block[at + KEY] = place;
        } else {
            block[at + KEY] = text.add(f.key());
        }
        block[at + RULE_AND_SEVERITY] = flags;
        if (!f.file().equals(file) || f.service() != null || f.environment() != null || f.fix() != null
                || !f.related().isEmpty() || !f.details().isEmpty()) {
            if (whole == null) {
                whole = new HashMap<>();
            }
            whole.put(size, f);
        }
        size++;
    }

    /**
     * Where {@code key} is written in the first {@value #KEY_SEARCH} chars of {@code line}, or -1 (no
     * source, no key, too long, or not there: a key shown escaped, or named on another line).
     */
    private int keyPlace(String key, int line) {
        if (source == null || key == null || key.isEmpty() || key.length() > LONGEST_KEY_IN_SOURCE
                || line < 1 || line > lines.lineCount()) {
            return -1;
        }
        int from = lines.lineStart(line);
        int last = Math.min(from + KEY_SEARCH, source.length() - key.length());
        char first = key.charAt(0);
        for (int i = from; i <= last; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == first && source.startsWith(key, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The message of a row. */
    private String message(int[] block, int at) {
        int flags = block[at + RULE_AND_SEVERITY];
        if ((flags & MESSAGE_IS_FORM) != 0) {
            return forms.message(block[at + MESSAGE], key(block, at));
        }
        return text.get(block[at + MESSAGE]);
    }

    /** The key of a row. */
    private String key(int[] block, int at) {
        int flags = block[at + RULE_AND_SEVERITY];
        if ((flags & KEY_IN_SOURCE) != 0) {
            int start = block[at + KEY];
            return source.substring(start, start + (flags >>> KEY_LENGTH_SHIFT));
        }
        return text.get(block[at + KEY]);
    }

    /** One int of a row. */
    private int field(int row, int field) {
        return blocks.get(row / BLOCK)[row % BLOCK * FIELDS + field];
    }

    /** Bytes held by the rows and the packed text (not counting Strings kept aside): for tests. */
    long retainedBytes() {
        return (long) blocks.size() * BLOCK * FIELDS * Integer.BYTES + text.retainedBytes();
    }

    /**
     * Puts the rows in {@link Finding#ORDER} (once; later calls do nothing); a stable merge sort over row
     * numbers, on the int columns.
     */
    void sort() {
        if (order != null) {
            return;
        }
        // rule ids compare as strings: rank them once
        int[] rank = new int[ruleIds.size()];
        for (int i = 0; i < rank.length; i++) {
            for (String other : ruleIds) {
                if (other.compareTo(ruleIds.get(i)) < 0) {
                    rank[i]++;
                }
            }
        }
        int[] rows = new int[size];
        for (int i = 0; i < size; i++) {
            rows[i] = i;
        }
        mergeSort(rows, new int[size], 0, size, rank);
        order = rows;
    }

    private void mergeSort(int[] a, int[] scratch, int from, int to, int[] rank) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, scratch, from, mid, rank);
        mergeSort(a, scratch, mid, to, rank);
        if (compare(a[mid - 1], a[mid], rank) <= 0) {
            return; // already in order: the usual case for the runs one rule reports
        }
        System.arraycopy(a, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || i < mid && compare(scratch[i], scratch[j], rank) <= 0) {
                a[k] = scratch[i++];
            } else {
                a[k] = scratch[j++];
            }
        }
    }

    /** {@link Finding#ORDER} within one file (line, column, rule id, message), then the order added. */
    private int compare(int a, int b, int[] rank) {
        int[] blockA = blocks.get(a / BLOCK);
        int[] blockB = blocks.get(b / BLOCK);
        int at = a % BLOCK * FIELDS;
        int bt = b % BLOCK * FIELDS;
        int c = Integer.compare(blockA[at + LINE], blockB[bt + LINE]);
        if (c == 0) {
            c = Integer.compare(blockA[at + COLUMN], blockB[bt + COLUMN]);
        }
        if (c == 0) {
            c = Integer.compare(rank[blockA[at + RULE_AND_SEVERITY] & 0xFFFF], rank[blockB[bt + RULE_AND_SEVERITY] & 0xFFFF]);
        }
        if (c == 0) {
            c = message(blockA, at).compareTo(message(blockB, bt));
        }
        return c != 0 ? c : Integer.compare(a, b);
    }

    /** The finding at position {@code i} of the report order. */
    Finding get(int i) {
        int row = order[i];
        if (whole != null) {
            Finding f = whole.get(row);
            if (f != null) {
                return f;
            }
        }
        int[] block = blocks.get(row / BLOCK);
        int at = row % BLOCK * FIELDS;
        return new Finding(ruleIds.get(block[at + RULE_AND_SEVERITY] & 0xFFFF), severity(row), message(block, at),
                file, block[at + LINE], block[at + COLUMN], block[at + END_LINE], block[at + END_COLUMN],
                key(block, at), null, null, null, List.of());
    }

    private Severity severity(int row) {
        return SEVERITIES[field(row, RULE_AND_SEVERITY) >>> SEVERITY_SHIFT & 3];
    }

    long count(Severity severity) {
        long n = 0;
        for (int row = 0; row < size; row++) {
            if (severity(row) == severity) {
                n++;
            }
        }
        return n;
    }

    /**
     * The findings of sorted tables, file after file, as one immutable list. The tables must be in the
     * order of their file names, each name once: then this is what sorting all their findings by
     * {@link Finding#ORDER} gives.
     */
    static List<Finding> view(List<FindingTable> tables) {
        for (FindingTable table : tables) {
            table.sort();
        }
        return new View(tables);
    }

    /** A list {@link Report} keeps as it is (it is immutable); counts severities without making findings. */
    static final class View extends AbstractList<Finding> implements RandomAccess {
        private final FindingTable[] tables;
        /** Index in the list of each table's first finding. */
        private final int[] starts;
        private final int size;

        private View(List<FindingTable> tables) {
            this.tables = tables.toArray(new FindingTable[0]);
            this.starts = new int[this.tables.length];
            int total = 0;
            for (int t = 0; t < this.tables.length; t++) {
                starts[t] = total;
                total += this.tables[t].size;
            }
            this.size = total;
        }

        @Override
        public Finding get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + " of " + size);
            }
            int lo = 0;
            int hi = tables.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= index) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return tables[lo].get(index - starts[lo]);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Finding> iterator() {
            return new Iterator<>() {
                private int table;
                private int i;

                @Override
                public boolean hasNext() {
                    while (table < tables.length && i == tables[table].size) {
                        table++;
                        i = 0;
                    }
                    return table < tables.length;
                }

                @Override
                public Finding next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return tables[table].get(i++);
                }
            };
        }

        long count(Severity severity) {
            long n = 0;
            for (FindingTable t : tables) {
                n += t.count(severity);
            }
            return n;
        }

        boolean failsAt(Severity threshold) {
            for (FindingTable t : tables) {
                for (int row = 0; row < t.size; row++) {
                    if (t.severity(row).atLeast(threshold)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Strings packed into byte pages, one byte a char, behind a length prefix; a reference is the page
     * and the offset in one int. Pages start at 2 KiB and double up to 1 MiB, so a file with a few
     * findings keeps a few KB and one with a million no more than it needs. Strings with a char above
     * U+00FF, very long ones and any that no longer fit are kept as Strings, with negative references;
     * null is -1.
     */
    private static final class Text {
        private static final int PAGE_BITS = 20;
        private static final int PAGE = 1 << PAGE_BITS;
        private static final int FIRST_PAGE = 1 << 11;
        private static final int MAX_PAGES = 1 << (31 - PAGE_BITS);
        private static final int LONGEST = 1 << 14;

        private final List<byte[]> pages = new ArrayList<>();
        private final List<String> aside = new ArrayList<>();
        private int used;
        private int capacity;

        int add(String s) {
            if (s == null) {
                return -1;
            }
            int n = s.length();
            if (n < LONGEST && latin1(s)) {
                int prefix = n < 0x80 ? 1 : 2;
                if (used + prefix + n > capacity && pages.size() < MAX_PAGES) {
                    capacity = Math.min(PAGE, Math.max(capacity * 2, FIRST_PAGE));
                    while (capacity < prefix + n) {
                        capacity *= 2;
                    }
                    pages.add(new byte[capacity]);
                    used = 0;
                }
                if (used + prefix + n <= capacity) {
                    byte[] page = pages.get(pages.size() - 1);
                    int ref = (pages.size() - 1) << PAGE_BITS | used;
                    if (prefix == 1) {
                        page[used++] = (byte) n;
                    } else {
                        page[used++] = (byte) (0x80 | n >>> 8);
                        page[used++] = (byte) n;
                    }
                    for (int i = 0; i < n; i++) {
                        page[used++] = (byte) s.charAt(i);
                    }
                    return ref;
                }
            }
            aside.add(s);
            return -1 - aside.size();
        }

        String get(int ref) {
            if (ref < 0) {
                return ref == -1 ? null : aside.get(-2 - ref);
            }
            byte[] page = pages.get(ref >>> PAGE_BITS);
            int at = ref & (PAGE - 1);
            int n = page[at] & 0xFF;
            if (n < 0x80) {
                at += 1;
            } else {
                n = (n & 0x7F) << 8 | page[at + 1] & 0xFF;
                at += 2;
            }
            return new String(page, at, n, StandardCharsets.ISO_8859_1);
        }

        long retainedBytes() {
            long bytes = 0;
            for (byte[] page : pages) {
                bytes += page.length;
            }
            return bytes;
        }

        private static boolean latin1(String s) {
            for (int i = 0, n = s.length(); i < n; i++) {
                if (s.charAt(i) > 0xFF) {
                    return false;
                }
            }
            return true;
        }
    }
}
