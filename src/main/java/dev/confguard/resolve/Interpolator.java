package dev.confguard.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands the references in a layered configuration (syntax: {@link Template}). Pure: it sees only
 * the values it is given and the process environment it was built with.
 *
 * <p>A reference looks up the final, expanded value of a key of the same configuration, then the
 * process environment. Literal values (single-quoted in a {@code .env} file) are never expanded but
 * can be referred to. A reference with no value and no default expands to "" and is reported. Keys
 * referring to each other are a cycle: it is reported once with its chain of keys, and the
 * reference that closes it counts as unset (so its default, if any, applies). A value that would grow
 * past {@code maxValueChars}, or a configuration whose expanded values would together pass
 * {@code maxTotalChars}, is left empty and reported, which bounds the cost of references that double
 * at every level. At most {@link #MAX_CYCLES_LISTED} cycles are listed with their chains; further
 * ones are broken the same way and reported once, with no chain ({@code keys} empty).
 *
 * <p>Each key is expanded once (memoized), iteratively with an explicit stack, so the work is linear
 * in the total length of the values and of their expansions, and deep chains cannot overflow the
 * thread's stack.
 */
final class Interpolator {
    static final int MAX_VALUE_CHARS = 1 << 20;
    static final long MAX_TOTAL_CHARS = 64L << 20;
    /** Cycles listed per configuration; later ones are still broken, and summed up in one problem. */
    static final int MAX_CYCLES_LISTED = 100;

    /**
     * A value as layered: its text, whether it is literal (never expanded), and its parsed template
     * when the caller has one already (null: parsed here if needed).
     */
    record Input(String raw, boolean literal, Template template) {
        Input(String raw, boolean literal) {
            this(raw, literal, null);
        }
    }

    /** The expanded values, in the order of the input, and what went wrong. */
    record Result(Map<String, String> values, List<InterpolationProblem> problems) {
        Result {
            values = java.util.Collections.unmodifiableMap(values);
            problems = List.copyOf(problems);
        }
    }

    private final Map<String, String> processEnv;
    private final int maxValueChars;
    private final long maxTotalChars;

    Interpolator(Map<String, String> processEnv) {
        this(processEnv, MAX_VALUE_CHARS, MAX_TOTAL_CHARS);
    }

    Interpolator(Map<String, String> processEnv, int maxValueChars, long maxTotalChars) {
        this.processEnv = Map.copyOf(processEnv);
        this.maxValueChars = maxValueChars;
        this.maxTotalChars = maxTotalChars;
    }

    Result expand(Map<String, Input> inputs) {
        Run run = new Run(inputs);
        Map<String, String> values = new LinkedHashMap<>(capacity(inputs.size()));
        for (String key : inputs.keySet()) {
            values.put(key, run.valueOf(key));
        }
        return new Result(values, run.problems);
    }

    static int capacity(int size) {
        return size + size / 3 + 1;
    }

    /** The state of one expansion: a slot per key, and the keys being expanded, innermost last. */
    private final class Run {
        private final Map<String, Slot> slots;
        private final List<Frame> stack = new ArrayList<>();
        private final Set<List<String>> cyclesSeen = new HashSet<>();
        private boolean cyclesOmitted;
        private final List<InterpolationProblem> problems = new ArrayList<>();
        private long totalChars;

        Run(Map<String, Input> inputs) {
            slots = new HashMap<>(capacity(inputs.size()));
            for (Map.Entry<String, Input> e : inputs.entrySet()) {
                slots.put(e.getKey(), new Slot(e.getValue()));
            }
        }

        String valueOf(String key) {
            Slot slot = slots.get(key);
            if (slot.value == null) {
                start(key, slot);
                while (!stack.isEmpty()) {
                    step(stack.get(stack.size() - 1));
                }
            }
            return slot.value;
        }

        /** Finishes a key at once when it needs no expansion, else pushes a frame for it. */
        private void start(String key, Slot slot) {
            Input input = slot.input;
            if (input.literal() || !Template.mayHaveReferences(input.raw())) {
                slot.value = input.raw();
                return;
            }
            Template template = input.template() != null ? input.template() : Template.parse(input.raw());
            if (template.malformed() > 0) {
                problems.add(new InterpolationProblem(ResolutionIssue.Kind.INVALID_REFERENCE, key, List.of()));
            }
            slot.depth = stack.size();
            stack.add(new Frame(key, slot, template));
        }

        private void step(Frame frame) {
            Cursor cursor = frame.cursors.peek();
            if (cursor.index == cursor.parts.size()) {
                frame.cursors.pop();
                Cursor parent = frame.cursors.peek();
                if (parent == null) {
                    finish(frame, cursor.out.toString());
                } else {
                    // a default, already counted in frame.chars, stands for the reference it belonged to
                    parent.out.append(cursor.out);
                    parent.index++;
                }
                return;
            }
            Template.Part part = cursor.parts.get(cursor.index);
            if (part instanceof Template.Text) {
                append(frame, cursor, ((Template.Text) part).text());
                return;
            }
            Template.Reference reference = (Template.Reference) part;
            String name = reference.name();
            Slot slot = slots.get(name);
            String value;
            boolean cyclic = false;
            if (slot == null || name.equals(frame.key)) {
                // a key referring to itself (FOO=${FOO:-default}, PATH=$PATH:/x) means the value from
                // outside, as in shells, compose and python-dotenv: the process environment, else unset
                value = processEnv.get(name);
            } else {
                value = slot.value;
                if (value == null && slot.depth >= 0) {
                    cyclic = true;
                    reportCycle(name, slot);
                } else if (value == null) {
                    start(name, slot);
                    return; // comes back to this reference once the name is done
                }
            }
            boolean useDefault = reference.operator() == Template.Operator.DEFAULT_IF_UNSET_OR_EMPTY
                    ? value == null || value.isEmpty()
                    : reference.operator() == Template.Operator.DEFAULT_IF_UNSET && value == null;
            if (useDefault) {
                frame.cursors.push(new Cursor(reference.fallback()));
            } else if (value == null) {
                if (!cyclic) {
                    problems.add(new InterpolationProblem(ResolutionIssue.Kind.UNDEFINED_VARIABLE, frame.key,
                            List.of(name)));
                }
                cursor.index++;
            } else {
                append(frame, cursor, value);
            }
        }

        private void append(Frame frame, Cursor cursor, String text) {
            frame.chars += text.length();
            if (frame.chars > maxValueChars || totalChars + frame.chars > maxTotalChars) {
                problems.add(new InterpolationProblem(ResolutionIssue.Kind.VALUE_TOO_LARGE, frame.key, List.of()));
                frame.chars = 0;
                finish(frame, "");
                return;
            }
            cursor.out.append(text);
            cursor.index++;
        }

        private void finish(Frame frame, String value) {
            stack.remove(stack.size() - 1);
            frame.slot.depth = -1;
            frame.slot.value = value;
            totalChars += value.length();
        }

        /** The chain from the key referred to, through the keys being expanded, back to it. */
        private void reportCycle(String name, Slot slot) {
            if (cyclesSeen.size() >= MAX_CYCLES_LISTED) {
                // building more chains could cost the depth of the stack per reference
                if (!cyclesOmitted) {
                    cyclesOmitted = true;
                    problems.add(new InterpolationProblem(ResolutionIssue.Kind.INTERPOLATION_CYCLE, name, List.of()));
                }
                return;
            }
            List<String> chain = new ArrayList<>();
            for (int d = slot.depth; d < stack.size(); d++) {
                chain.add(stack.get(d).key);
            }
            chain.add(name);
            if (cyclesSeen.add(chain)) {
                problems.add(new InterpolationProblem(ResolutionIssue.Kind.INTERPOLATION_CYCLE, name, chain));
            }
        }
    }

    /** One key: its input, its value once expanded, and its depth in the stack while being expanded. */
    private static final class Slot {
        final Input input;
        String value;
        int depth = -1;

        Slot(Input input) {
            this.input = input;
        }
    }

    /** A key being expanded: the value's template and any defaults being expanded inside it. */
    private static final class Frame {
        final String key;
        final Slot slot;
        final Deque<Cursor> cursors = new ArrayDeque<>();
        long chars;

        Frame(String key, Slot slot, Template template) {
            this.key = key;
            this.slot = slot;
            cursors.push(new Cursor(template));
        }
    }

    /** How far a template has been expanded, and its output so far. */
    private static final class Cursor {
        final List<Template.Part> parts;
        final StringBuilder out = new StringBuilder();
        int index;

        Cursor(Template template) {
            this.parts = template.parts();
        }
    }
}
