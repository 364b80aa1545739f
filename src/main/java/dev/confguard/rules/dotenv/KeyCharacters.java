package dev.confguard.rules.dotenv;

import dev.confguard.dotenv.DotenvDocument;
import dev.confguard.dotenv.DotenvLine;
import dev.confguard.findings.Severity;
import dev.confguard.rules.DocumentRule;
import dev.confguard.rules.Fixability;
import dev.confguard.rules.RuleContext;
import dev.confguard.rules.RuleMeta;
import dev.confguard.source.TextRange;

/** Which characters keys may hold, shared by the key rules so they agree with each other. */
final class KeyCharacters {
    private KeyCharacters() {
    }

    /** Letters, digits and underscore: a portable environment variable name character. */
    static boolean isPortable(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Accepted by every loader we model (node's dotenv and dotenv-java take [A-Za-z0-9_.-]). */
    static boolean isAcceptedEverywhere(char c) {
        return isPortable(c) || c == '.' || c == '-';
    }
}
