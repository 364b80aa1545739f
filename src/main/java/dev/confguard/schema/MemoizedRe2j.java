package dev.confguard.schema;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.everit.json.schema.regexp.RE2JRegexpFactory;
import org.everit.json.schema.regexp.Regexp;
import org.everit.json.schema.regexp.RegexpFactory;
import org.everit.json.schema.regexp.RegexpMatchingFailure;

/**
 * RE2/J patterns that remember their answers for short inputs. Everit matches every key of every
 * configuration against every {@code patternProperties} pattern, twice (once more for
 * {@code additionalProperties}); the same key names recur in every (service, environment), and the
 * same patterns in the schemas of many services, so one memo per pattern text, shared by every schema
 * of the process, answers nearly all of them. Inputs longer than {@value #MAX_INPUT} characters, inputs
 * beyond {@value #MAX_ENTRIES} per pattern and patterns beyond {@value #MAX_PATTERNS} are matched each
 * time. Short values checked by {@code pattern} are remembered too, in memory only: nothing here is
 * ever printed.
 */
final class MemoizedRe2j implements RegexpFactory {
    static final int MAX_INPUT = 128;
    static final int MAX_ENTRIES = 4096;
    static final int MAX_PATTERNS = 4096;

    private static final RegexpFactory RE2J = new RE2JRegexpFactory();
    private static final Map<String, Memo> SHARED = new ConcurrentHashMap<>();

    @Override
    public Regexp createHandler(String pattern) {
        Memo shared = SHARED.get(pattern);
        if (shared != null) {
            return shared;
        }
        Memo memo = new Memo(RE2J.createHandler(pattern));
        if (SHARED.size() < MAX_PATTERNS) {
            Memo raced = SHARED.putIfAbsent(pattern, memo);
            return raced == null ? memo : raced;
        }
        return memo;
    }

    private static final class Memo implements Regexp {
        private final Regexp delegate;
        private final Map<String, Optional<RegexpMatchingFailure>> answers = new ConcurrentHashMap<>();

        Memo(Regexp delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<RegexpMatchingFailure> patternMatchingFailure(String input) {
            if (input.length() > MAX_INPUT) {
                return delegate.patternMatchingFailure(input);
            }
            Optional<RegexpMatchingFailure> known = answers.get(input);
            if (known != null) {
                return known;
            }
            Optional<RegexpMatchingFailure> answer = delegate.patternMatchingFailure(input);
            if (answers.size() < MAX_ENTRIES) {
                answers.put(input, answer);
            }
            return answer;
        }

        /** The pattern: everit prints a schema's pattern with it. */
        @Override
        public String toString() {
            return delegate.toString();
        }
    }
}
